# Consumers of the HttpStatusKit package, sourced by .ci/package-smoke (which defines $work, $version, fail,
# readme_example, make_project and build_project): the net8.0 asset on .NET 10, also published with NativeAOT,
# and the netstandard2.0 asset on the .NET 6 API run on the installed runtime and on .NET Framework 4.6.2.

unzip -p "$packages/HttpStatusKit.$version.nupkg" HttpStatusKit.nuspec | grep -qE '<group targetFramework="net8.0" */>' \
  || fail "the nuspec of HttpStatusKit lacks a dependency-free net8.0 group"

readme_example HttpStatusKit "$work/readme-example.cs"

core_consumer() { # name, target framework, extra properties
  make_project "$1" Microsoft.NET.Sdk "$2" "$3" HttpStatusKit
  {
    cat "$work/readme-example.cs"
    echo 'Console.WriteLine(renamed);'
    echo 'Console.WriteLine(unknown.EquivalentCode);'
    echo 'Console.WriteLine(retryable);'
    echo 'Console.WriteLine(System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>(typeof(HttpStatusCatalog).Assembly)?.FrameworkName);'
  } >"$work/$1/Program.cs"
}

expect_core_output() { # log, framework name of the asset
  local expected
  expected=$(printf '%s\n' '404 Not Found' 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5' '413 Content Too Large' '400' 'True' "$2")
  [ "$(tr -d '\r' <"$1")" = "$expected" ] || { cat "$1"; fail "unexpected output from $(basename "$1" .log), expected:"$'\n'"$expected"; }
}

echo "== net10.0 consumer (net8.0 asset)"
core_consumer Modern net10.0 ''
build_project Modern HttpStatusKit
dotnet run --project "$work/Modern" -c Release --no-build >"$work/modern.log" 2>&1 || { cat "$work/modern.log"; fail "the net10.0 consumer failed"; }
expect_core_output "$work/modern.log" '.NETCoreApp,Version=v8.0'
cat "$work/modern.log"

echo "== the same consumer published with NativeAOT (linux-x64)"
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
  # Rooting the whole library makes the trimmer and the AOT compiler analyse every public member.
  sed -i 's|</Project>|  <ItemGroup><TrimmerRootAssembly Include="HttpStatusKit" /></ItemGroup>\n</Project>|' "$work/Modern/Modern.csproj"
  dotnet publish "$work/Modern" -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" -nologo \
    >"$work/aot-publish.log" 2>&1 || { cat "$work/aot-publish.log"; fail "NativeAOT publish failed"; }
  if grep -E 'warning (IL|CS|NU|NETSDK)[0-9]+' "$work/aot-publish.log"; then fail "NativeAOT publish reported trim or AOT warnings"; fi
  "$work/aot/Modern" >"$work/aot.log" 2>&1 || { cat "$work/aot.log"; fail "the NativeAOT binary failed"; }
  expect_core_output "$work/aot.log" '.NETCoreApp,Version=v8.0'
  echo "NativeAOT binary: $(du -k "$work/aot/Modern" | cut -f1) KiB, same output"
else
  echo "skipped: NativeAOT publish is checked on linux-x64"
fi

echo "== net6.0 consumer (netstandard2.0 asset), run on the installed runtime"
core_consumer Legacy net6.0 '<CheckEolTargetFramework>false</CheckEolTargetFramework><UseAppHost>false</UseAppHost><RollForward>Major</RollForward>'
build_project Legacy HttpStatusKit
dotnet "$work/Legacy/bin/Release/net6.0/Legacy.dll" >"$work/legacy.log" 2>&1 || { cat "$work/legacy.log"; fail "the net6.0 consumer failed"; }
expect_core_output "$work/legacy.log" '.NETStandard,Version=v2.0'
cat "$work/legacy.log"

# System.Memory, the one dependency of the netstandard2.0 asset, supports .NET Framework 4.6.2 and later.
echo "== net462 consumer (netstandard2.0 asset on .NET Framework), compiled only"
core_consumer Framework net462 '<LangVersion>latest</LangVersion>'
build_project Framework HttpStatusKit

# The analyzers that ship inside the package.
# shellcheck source=/dev/null
source .ci/smoke/HttpStatusKit/analyzers.sh
