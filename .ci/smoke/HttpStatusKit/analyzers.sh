# The analyzers and code fixes inside the HttpStatusKit package (analyzers/dotnet/cs), sourced at the end of
# .ci/smoke/HttpStatusKit.sh: a fresh ASP.NET Core app with status codes written as numbers shows every rule in
# dotnet build, dotnet format applies the fixes, and the fixed app builds with no warning once it names its vendor.

echo "== analyzers: the package carries them"
analyzer_files=$(unzip -Z1 "$packages/HttpStatusKit.$version.nupkg" | grep '^analyzers/' | sort | tr '\n' ' ')
[ "$analyzer_files" = "analyzers/dotnet/cs/HttpStatusKit.Analyzers.CodeFixes.dll analyzers/dotnet/cs/HttpStatusKit.Analyzers.dll analyzers/dotnet/cs/HttpStatusKit.dll " ] \
  || fail "unexpected analyzer files in the package: $analyzer_files"

echo "== analyzers: diagnostics in dotnet build"
# Warnings stay warnings here: HSK002 is one, and the app is meant to show it.
make_project Analyzed Microsoft.NET.Sdk.Web net10.0 '<TreatWarningsAsErrors>false</TreatWarningsAsErrors>' HttpStatusKit
cat >"$work/Analyzed/Program.cs" <<'CS'
using System.Net;

var app = WebApplication.Create(args);
app.MapGet("/orders/{id}", (int id) => id > 0 ? Results.Ok(id) : Results.StatusCode(404));
app.MapGet("/closed", () => Results.StatusCode(499));
app.MapGet("/large", () => Results.Problem(title: "Request Entity Too Large", statusCode: 413));
app.Use(async (context, next) =>
{
    await next(context);
    if (context.Response.StatusCode >= 400 && context.Response.StatusCode < 500)
    {
        app.Logger.LogInformation("client error {Status}", (HttpStatusCode)429 == (HttpStatusCode)context.Response.StatusCode);
    }
});
app.Run();
CS
# Suggestions (info) are printed at normal verbosity; warnings at any.
dotnet build "$work/Analyzed" -c Release -nologo -v n >"$work/analyzed-build.log" 2>&1 || { cat "$work/analyzed-build.log"; fail "the app with numbers did not build"; }
expect_diagnostic() { # log, rule, line, text in the message
  grep -E "Program\.cs\($3,[0-9]+\): (info|warning) $2: .*$4" "$1" >/dev/null \
    || { grep -E 'HSK0|AD0001|CS80' "$1" | sort -u; fail "dotnet build did not report $2 on line $3 ($4)"; }
}
expect_diagnostic "$work/analyzed-build.log" HSK001 4 'Write HttpStatus\.NotFound instead of the number 404'
expect_diagnostic "$work/analyzed-build.log" HSK002 5 '499 is not a registered status code; clients handle it as 400 Bad Request'
expect_diagnostic "$work/analyzed-build.log" HSK003 6 '"Request Entity Too Large" is the reason phrase RFC 2616 gave 413'
expect_diagnostic "$work/analyzed-build.log" HSK004 10 'Write HttpStatusCatalog\.IsClientError\(context\.Response\.StatusCode\)'
expect_diagnostic "$work/analyzed-build.log" HSK001 12 'Write HttpStatusCode\.TooManyRequests instead of the number 429'
if grep -E 'AD0001|CS8032|CS8034|CS9057' "$work/analyzed-build.log"; then fail "an analyzer failed to load or run"; fi
grep -oE '(info|warning) HSK00[1-4]: [^[]*' "$work/analyzed-build.log" | sort -u

echo "== analyzers: dotnet format applies the fixes"
dotnet format analyzers "$work/Analyzed/Analyzed.csproj" --diagnostics HSK001 HSK003 HSK004 --severity info --no-restore \
  >"$work/analyzed-format.log" 2>&1 || { cat "$work/analyzed-format.log"; fail "dotnet format analyzers failed"; }
for fixed in 'Results.StatusCode(HttpStatus.NotFound)' 'title: "Content Too Large"' \
  'HttpStatusCatalog.IsClientError(context.Response.StatusCode)' 'HttpStatusCode.TooManyRequests' 'using HttpStatusKit;'; do
  grep -qF "$fixed" "$work/Analyzed/Program.cs" || { cat "$work/Analyzed/Program.cs"; fail "dotnet format did not write $fixed"; }
done
grep -qF 'Results.StatusCode(499)' "$work/Analyzed/Program.cs" || fail "dotnet format changed 499, which has no fix"

echo "== analyzers: the fixed app builds with no warning once it names its vendor"
printf 'root = true\n\n[*.cs]\nhttpstatuskit.vendors = nginx\n' >"$work/Analyzed/.editorconfig"
sed -i 's|<TreatWarningsAsErrors>false</TreatWarningsAsErrors>||' "$work/Analyzed/Analyzed.csproj"
build_project Analyzed HttpStatusKit
dotnet build "$work/Analyzed" -c Release -nologo -v n --no-incremental >"$work/analyzed-rebuild.log" 2>&1 || { cat "$work/analyzed-rebuild.log"; fail "the fixed app did not build"; }
if grep -E ' HSK00[1-4]: ' "$work/analyzed-rebuild.log"; then fail "diagnostics remain after the fixes"; fi
echo "the fixed app builds clean"
