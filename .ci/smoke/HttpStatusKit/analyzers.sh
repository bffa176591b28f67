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
# dotnet build prints warnings (HSK002); suggestions (HSK001, HSK003, HSK004) go to the editor and to the build's
# SARIF log, which the compiler writes with -p:ErrorLog.
dotnet build "$work/Analyzed" -c Release -nologo -p:ErrorLog="$work/analyzed.sarif" >"$work/analyzed-build.log" 2>&1 \
  || { cat "$work/analyzed-build.log"; fail "the app with numbers did not build"; }
if grep -E 'AD0001|CS8032|CS8034|CS9057' "$work/analyzed-build.log"; then fail "an analyzer failed to load or run"; fi
grep -qE 'Program\.cs\(5,[0-9]+\): warning HSK002: 499 is not a registered status code; clients handle it as 400 Bad Request' "$work/analyzed-build.log" \
  || { cat "$work/analyzed-build.log"; fail "dotnet build did not print the HSK002 warning for 499"; }
for message in 'Write HttpStatus.NotFound instead of the number 404' \
  'Write HttpStatusCode.TooManyRequests instead of the number 429' \
  '\"Request Entity Too Large\" is the reason phrase RFC 2616 gave 413; the current one is \"Content Too Large\"' \
  'Write HttpStatusCatalog.IsClientError(context.Response.StatusCode) instead of this range check'; do
  grep -qF "$message" "$work/analyzed.sarif" || { cat "$work/analyzed.sarif"; fail "the build's SARIF log lacks: $message"; }
done
grep -E 'warning HSK00[1-4]' "$work/analyzed-build.log" | sed -E 's/^ *([0-9]+>)?//' | sort -u
grep -oE '"ruleId": "HSK00[1-4]"' "$work/analyzed.sarif" | sort | uniq -c

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
dotnet build "$work/Analyzed" -c Release -nologo --no-incremental -p:ErrorLog="$work/analyzed-fixed.sarif" >"$work/analyzed-rebuild.log" 2>&1 \
  || { cat "$work/analyzed-rebuild.log"; fail "the fixed app did not build"; }
if grep -E '"ruleId": "HSK00[1-4]"' "$work/analyzed-fixed.sarif"; then fail "diagnostics remain after the fixes"; fi
echo "the fixed app builds with no HSK diagnostic"
