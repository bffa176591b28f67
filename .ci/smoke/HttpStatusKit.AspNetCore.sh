# Consumers of the HttpStatusKit.AspNetCore package, sourced by .ci/package-smoke (which defines $work, $version,
# $packages, fail, readme_example, make_project and build_project): fresh web apps outside the repository that
# reference the package from the local folder, started on 127.0.0.1 with a port Kestrel picks, and asked over HTTP
# with curl. The README's example runs on the installed ASP.NET Core 10 (net10.0 asset); on linux-x64, self-contained
# apps also run the net9.0 asset on ASP.NET Core 9 and the net8.0 asset on ASP.NET Core 8, each framework's own runtime.

nuspec=$(unzip -p "$packages/HttpStatusKit.AspNetCore.$version.nupkg" HttpStatusKit.AspNetCore.nuspec)
for tfm in net8.0 net9.0 net10.0; do
  grep -qE "<group targetFramework=\"$tfm\">" <<<"$nuspec" || fail "the nuspec of HttpStatusKit.AspNetCore lacks a $tfm group"
done
grep -qF "<dependency id=\"HttpStatusKit\" version=\"$version\"" <<<"$nuspec" \
  || fail "HttpStatusKit.AspNetCore does not depend on HttpStatusKit $version"
grep -qE '<frameworkReference name="Microsoft.AspNetCore.App"' <<<"$nuspec" \
  || fail "HttpStatusKit.AspNetCore lacks its framework reference to Microsoft.AspNetCore.App"

app_pid=""

# Starts a built app on 127.0.0.1 with a port Kestrel picks; sets $app_pid and $app_url. The app is stopped on exit.
start_app() { # name, command...
  local name=$1 log="$work/$1-run.log" tries
  shift
  "$@" --urls http://127.0.0.1:0 >"$log" 2>&1 &
  app_pid=$!
  trap '[ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null || true; [ -n "${KEEP_SMOKE:-}" ] || rm -rf "$work"' EXIT
  app_url=""
  for tries in $(seq 1 300); do
    app_url=$(grep -oE 'Now listening on: http://127\.0\.0\.1:[0-9]+' "$log" | head -n 1 | sed 's/Now listening on: //') || true
    [ -n "$app_url" ] && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$log"; fail "$name exited before it listened"; }
    sleep 0.1
  done
  [ -n "$app_url" ] || { cat "$log"; fail "$name did not listen within 30 seconds"; }
  echo "$name listening on $app_url"
}

stop_app() {
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

# Asks the running app and checks that the compact body contains the expected text.
expect_response() { # method, path, expected status, expected text in the body with spaces and newlines removed
  local body status
  body=$(curl -sS --max-time 10 -X "$1" -o "$work/body" -w '%{http_code}' "$app_url$2") || fail "$1 $2 failed"
  status=$body
  body=$(tr -d ' \r\n' <"$work/body")
  [ "$status" = "$3" ] || fail "$1 $2 answered $status, expected $3: $body"
  grep -qF -- "$4" <<<"$body" || fail "$1 $2 lacks $4 in: $body"
  echo "$1 $2 -> $status, $4"
}

echo "== net10.0 web app: the README's example (net10.0 asset)"
make_project Web10 Microsoft.NET.Sdk.Web net10.0 '' HttpStatusKit.AspNetCore
readme_example HttpStatusKit.AspNetCore "$work/Web10/Program.cs"
build_project Web10 HttpStatusKit.AspNetCore
start_app Web10 dotnet "$work/Web10/bin/Release/net10.0/Web10.dll"
expect_response POST /orders 422 '"type":"https://tools.ietf.org/html/rfc9110#section-15.5.21","title":"UnprocessableContent","status":422'
expect_response PUT /uploads/a.bin 413 '"type":"https://tools.ietf.org/html/rfc9110#section-15.5.14","title":"ContentTooLarge","status":413,"detail":"a.binislargerthan1MB."'
expect_response GET /books/2 404 '"type":"https://tools.ietf.org/html/rfc9110#section-15.5.5","title":"NotFound","status":404'
expect_response GET /no/such/path 404 '"title":"NotFound"'
expect_response GET /openapi/v1.json 200 '"422":{"description":"UnprocessableContent"'
expect_response GET /openapi/v1.json 200 '"413":{"description":"ContentTooLarge"'
expect_response GET /openapi/v1.json 200 '"404":{"description":"Nobookhasthisid."'
stop_app

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "skipped: the ASP.NET Core 8 and 9 apps are checked self-contained on linux-x64"
  return 0
fi

# The same checks on the runtime each older asset is for: a self-contained app carries its own ASP.NET Core.
older_app() { # name, target framework, Program.cs
  make_project "$1" Microsoft.NET.Sdk.Web "$2" '<RuntimeIdentifier>linux-x64</RuntimeIdentifier><SelfContained>true</SelfContained>' HttpStatusKit.AspNetCore
  printf '%s\n' "$3" >"$work/$1/Program.cs"
  build_project "$1" HttpStatusKit.AspNetCore
  start_app "$1" "$work/$1/bin/Release/$2/linux-x64/$1"
}

problem_endpoints='app.UseStatusCodePages();
app.MapGet("/runtime", () => typeof(WebApplication).Assembly.GetName().Version!.ToString(2));
app.MapPost("/orders", () => TypedResults.Problem(statusCode: 422)).ProducesProblem(422);
app.MapPut("/uploads", () => TypedResults.Problem(statusCode: 413)).ProducesProblem(413);
app.MapGet("/limited", () => Results.StatusCode(429)).Produces(429);'

echo "== net9.0 self-contained web app on ASP.NET Core 9 (net9.0 asset)"
older_app Web9 net9.0 "using HttpStatusKit.AspNetCore;
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpStatusKitProblemDetails();
builder.Services.AddOpenApi(options => options.AddHttpStatusKitDescriptions());
var app = builder.Build();
app.MapOpenApi();
$problem_endpoints
app.Run();"
expect_response GET /runtime 200 '9.0'
expect_response POST /orders 422 '"type":"https://tools.ietf.org/html/rfc9110#section-15.5.21","title":"UnprocessableContent"'
expect_response PUT /uploads 413 '"type":"https://tools.ietf.org/html/rfc9110#section-15.5.14","title":"ContentTooLarge"'
expect_response GET /limited 429 '"type":"https://tools.ietf.org/html/rfc6585#section-4","title":"TooManyRequests"'
expect_response GET /openapi/v1.json 200 '"413":{"description":"ContentTooLarge"'
expect_response GET /openapi/v1.json 200 '"422":{"description":"UnprocessableContent"'
stop_app

echo "== net8.0 self-contained web app on ASP.NET Core 8 (net8.0 asset, Problem Details only)"
older_app Web8 net8.0 "var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpStatusKitProblemDetails();
var app = builder.Build();
$problem_endpoints
app.Run();"
expect_response GET /runtime 200 '8.0'
expect_response POST /orders 422 '"type":"https://tools.ietf.org/html/rfc9110#section-15.5.21","title":"UnprocessableContent"'
expect_response PUT /uploads 413 '"type":"https://tools.ietf.org/html/rfc9110#section-15.5.14","title":"ContentTooLarge"'
expect_response GET /limited 429 '"type":"https://tools.ietf.org/html/rfc6585#section-4","title":"TooManyRequests"'
stop_app
