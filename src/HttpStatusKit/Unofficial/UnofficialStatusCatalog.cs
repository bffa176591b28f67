using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;

namespace HttpStatusKit;

/// <summary>
/// Status codes that are not in the IANA registry but that servers, proxies, services and frameworks send anyway, each
/// with the vendor that uses it: nginx's 444 and 499, Cloudflare's 520 to 530, AWS load balancers' 460 to 561, and more.
/// This catalog is opt-in: <see cref="HttpStatusCatalog"/>'s lookups never return these codes, and
/// <see cref="Describe(int, HttpStatusVendor)"/> never lets one shadow a registered code. Every member is thread-safe.
/// </summary>
public static class UnofficialStatusCatalog
{
    private const int FirstValidCode = 100;
    private const int ValidCodeCount = 500;

    /// <summary>The longest normalised phrase <see cref="FindAll(string?)"/> reads; longer text names no phrase.</summary>
    private const int MaxPhraseKeyLength = 64;

    private static readonly ReadOnlyArray<UnofficialStatusInfo> s_all;
    private static readonly ReadOnlyArray<UnofficialStatusInfo>?[] s_byCode;
    private static readonly int[] s_firstIndex;
    private static readonly ReadOnlyArray<UnofficialStatusInfo>[] s_byVendor;
    private static readonly VendorStatusDescription[] s_unofficialDescriptions;
    private static readonly VendorStatusDescription?[] s_standardDescriptions;
    private static readonly PhraseEntry[] s_phrases;

    static UnofficialStatusCatalog()
    {
        UnofficialStatusInfo[] all = Definitions();
        s_all = new ReadOnlyArray<UnofficialStatusInfo>(all);
        s_byCode = new ReadOnlyArray<UnofficialStatusInfo>?[ValidCodeCount];
        s_firstIndex = new int[ValidCodeCount];
        s_firstIndex.AsSpan().Fill(-1);
        s_unofficialDescriptions = new VendorStatusDescription[all.Length];
        s_standardDescriptions = new VendorStatusDescription?[ValidCodeCount];
        var byVendor = new List<UnofficialStatusInfo>[(int)HttpStatusVendor.WindowsParentalControls + 1];
        for (int i = 0; i < all.Length; i++)
        {
            UnofficialStatusInfo info = all[i];
            if (i > 0 && (info.Code < all[i - 1].Code || (info.Code == all[i - 1].Code && info.Vendor <= all[i - 1].Vendor)))
            {
                throw new InvalidOperationException($"The table must be in ascending order of code, then vendor, without repeats: {info} follows {all[i - 1]}.");
            }

            if ((uint)(info.Code - FirstValidCode) >= ValidCodeCount || info.Vendor < HttpStatusVendor.Apache || (int)info.Vendor >= byVendor.Length)
            {
                throw new InvalidOperationException($"{info} has a code or vendor out of range.");
            }

            (byVendor[(int)info.Vendor] ??= []).Add(info);
            int start = i;
            while (start > 0 && all[start - 1].Code == info.Code)
            {
                start--;
            }

            s_byCode[info.Code - FirstValidCode] = new ReadOnlyArray<UnofficialStatusInfo>(all.AsSpan(start, i - start + 1).ToArray());
            s_firstIndex[info.Code - FirstValidCode] = start;
            s_unofficialDescriptions[i] = new VendorStatusDescription(HttpStatusCatalog.Describe(info.Code), info);
        }

        s_byVendor = new ReadOnlyArray<UnofficialStatusInfo>[byVendor.Length];
        for (int v = 0; v < byVendor.Length; v++)
        {
            s_byVendor[v] = ReadOnlyArray<UnofficialStatusInfo>.From(byVendor[v]?.ToArray());
        }

        s_phrases = IndexPhrases(all);
    }

    /// <summary>
    /// Every unofficial code with each vendor's meaning, ascending by code and then by vendor, so a code that several
    /// vendors use (419, 499, 530) appears once per vendor. The list cannot be changed, through any cast.
    /// </summary>
    public static IReadOnlyList<UnofficialStatusInfo> All => s_all;

    /// <summary>Returns every vendor's meaning of a code, ordered by vendor. Never throws; does not allocate.</summary>
    /// <param name="code">Any value.</param>
    /// <returns>The records for <paramref name="code"/>; an empty list when no vendor in the catalog uses it, including every value outside 100 to 599.</returns>
    public static IReadOnlyList<UnofficialStatusInfo> GetAll(int code)
    {
        uint index = (uint)(code - FirstValidCode);
        return index < ValidCodeCount ? s_byCode[index] ?? ReadOnlyArray<UnofficialStatusInfo>.Empty : ReadOnlyArray<UnofficialStatusInfo>.Empty;
    }

    /// <summary>Looks up one vendor's meaning of a code. Never throws; does not allocate.</summary>
    /// <param name="code">Any value.</param>
    /// <param name="vendor">Any value, also one that names no member of <see cref="HttpStatusVendor"/>.</param>
    /// <param name="info">The record when <paramref name="vendor"/> uses <paramref name="code"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the catalog has the code for that vendor; otherwise <see langword="false"/>.</returns>
    public static bool TryGet(int code, HttpStatusVendor vendor, [NotNullWhen(true)] out UnofficialStatusInfo? info)
    {
        int index = IndexOf(code, vendor);
        info = index < 0 ? null : s_all[index];
        return info is not null;
    }

    /// <summary>Returns every code a vendor uses, ascending. Never throws; does not allocate.</summary>
    /// <param name="vendor">Any value.</param>
    /// <returns>The vendor's records; an empty list for a value that names no vendor.</returns>
    public static IReadOnlyList<UnofficialStatusInfo> GetByVendor(HttpStatusVendor vendor)
    {
        ReadOnlyArray<UnofficialStatusInfo>[] byVendor = s_byVendor;
        return (uint)vendor < (uint)byVendor.Length ? byVendor[(int)vendor] : ReadOnlyArray<UnofficialStatusInfo>.Empty;
    }

    /// <summary>
    /// Finds the vendor meanings that a reason phrase names, such as nginx's 499 for <c>"Client Closed Request"</c>: every
    /// record whose <see cref="UnofficialStatusInfo.ReasonPhrase"/> or one of whose
    /// <see cref="UnofficialStatusInfo.AlternativeReasonPhrases"/> the text matches, in the order of <see cref="All"/>.
    /// The text may start with the code, as a status line does (<c>"499 Client Closed Request"</c>); then only records
    /// of that code match. Matching is the one <see cref="HttpStatusCatalog.TryFind(string?, out HttpStatusInfo?)"/> uses:
    /// ASCII case and every ASCII character that is not a letter or digit are ignored (<c>"CLIENT_CLOSED_REQUEST"</c>),
    /// and text with any non-ASCII character matches nothing. Never throws.
    /// </summary>
    /// <remarks>
    /// This catalog is apart from the standard one: a phrase that also names a registered status, such as AWS Elastic
    /// Load Balancing's 561 Unauthorized, is found here as well, so ask <see cref="HttpStatusCatalog.TryFind(string?, out HttpStatusInfo?)"/>
    /// first when the registered meaning should win. A code alone (<c>"499"</c>) names no phrase; use <see cref="GetAll(int)"/> for it.
    /// A result is a list because nothing stops two vendors from using one phrase; today no two records share one.
    /// Does not allocate unless a code in the text leaves only some of a phrase's records.
    /// </remarks>
    /// <param name="text">A reason phrase, optionally after its code; <see langword="null"/> finds nothing.</param>
    /// <returns>The matching records; an empty list when the text names no vendor phrase.</returns>
    public static IReadOnlyList<UnofficialStatusInfo> FindAll(string? text)
    {
        if (text is null)
        {
            return ReadOnlyArray<UnofficialStatusInfo>.Empty;
        }

        ReadOnlySpan<char> phrase = text.AsSpan();
        int start = 0;
        while (start < phrase.Length && phrase[start] is ' ' or '\t')
        {
            start++;
        }

        phrase = phrase.Slice(start);
        int code = -1;
        if (phrase.Length >= 3 && IsAsciiDigit(phrase[0]) && IsAsciiDigit(phrase[1]) && IsAsciiDigit(phrase[2])
            && (phrase.Length == 3 || !AsciiKey.IsLetterOrDigit(phrase[3])))
        {
            code = ((phrase[0] - '0') * 100) + ((phrase[1] - '0') * 10) + (phrase[2] - '0');
            phrase = phrase.Slice(3);
        }

        Span<char> buffer = stackalloc char[MaxPhraseKeyLength];
        int length = AsciiKey.Normalize(phrase, buffer);
        if (length <= 0)
        {
            return ReadOnlyArray<UnofficialStatusInfo>.Empty;
        }

        ReadOnlySpan<char> key = buffer.Slice(0, length);
        foreach (PhraseEntry entry in s_phrases)
        {
            if (key.SequenceEqual(entry.Key.AsSpan()))
            {
                return code < 0 ? entry.Infos : OfCode(entry.Infos, code);
            }
        }

        return ReadOnlyArray<UnofficialStatusInfo>.Empty;
    }

    /// <summary>
    /// Describes a code received from a known vendor, with one fixed rule: the registered meaning always wins.
    /// <list type="bullet">
    /// <item><description>A code in <see cref="HttpStatusCatalog"/> gives its registered record and no vendor meaning, even where the
    /// vendor uses the code differently (Exchange ActiveSync's 451 Redirect); ask <see cref="TryGet(int, HttpStatusVendor, out UnofficialStatusInfo?)"/>
    /// explicitly for that reading.</description></item>
    /// <item><description>Any other code the vendor uses gives the vendor's meaning in <see cref="VendorStatusDescription.Unofficial"/>,
    /// next to the unassigned record of <see cref="HttpStatusCatalog.Describe(int)"/>, which tells how a client that does not know the vendor handles it.</description></item>
    /// <item><description>Every other value gives <see cref="HttpStatusCatalog.Describe(int)"/> alone.</description></item>
    /// </list>
    /// Never throws. Does not allocate after the first use of a code, except for values outside 100 to 599.
    /// </summary>
    /// <param name="code">Any value.</param>
    /// <param name="vendor">The vendor that sent the response; any value.</param>
    /// <returns>The description; never <see langword="null"/>.</returns>
    public static VendorStatusDescription Describe(int code, HttpStatusVendor vendor)
    {
        uint index = (uint)(code - FirstValidCode);
        if (index >= ValidCodeCount)
        {
            return new VendorStatusDescription(HttpStatusCatalog.Describe(code), null);
        }

        if (!HttpStatusCatalog.TryGet(code, out _))
        {
            int entry = IndexOf(code, vendor);
            if (entry >= 0)
            {
                return s_unofficialDescriptions[entry];
            }
        }

        return s_standardDescriptions[index] ?? CacheStandard(code);
    }

    internal static string NameOf(HttpStatusVendor vendor) => vendor switch
    {
        HttpStatusVendor.Apache => "Apache",
        HttpStatusVendor.ApacheCpanel => "Apache with cPanel",
        HttpStatusVendor.AspNetCore => "ASP.NET Core",
        HttpStatusVendor.AwsElasticLoadBalancing => "AWS Elastic Load Balancing",
        HttpStatusVendor.Cloudflare => "Cloudflare",
        HttpStatusVendor.EsriArcGis => "Esri ArcGIS Server",
        HttpStatusVendor.InformalConvention => "informal convention",
        HttpStatusVendor.Laravel => "Laravel",
        HttpStatusVendor.MicrosoftExchangeActiveSync => "Exchange ActiveSync",
        HttpStatusVendor.MicrosoftIis => "Microsoft IIS",
        HttpStatusVendor.Nginx => "nginx",
        HttpStatusVendor.Pantheon => "Pantheon",
        HttpStatusVendor.Twitter => "Twitter",
        HttpStatusVendor.WindowsParentalControls => "Windows Parental Controls",
        _ => throw new ArgumentOutOfRangeException(nameof(vendor), vendor, "Not a vendor."),
    };

    /// <summary>The position in <see cref="All"/> of the vendor's record of the code, or -1.</summary>
    private static int IndexOf(int code, HttpStatusVendor vendor)
    {
        uint index = (uint)(code - FirstValidCode);
        if (index >= ValidCodeCount)
        {
            return -1;
        }

        ReadOnlyArray<UnofficialStatusInfo> all = s_all;
        for (int i = s_firstIndex[index]; i >= 0 && i < all.Count && all[i].Code == code; i++)
        {
            if (all[i].Vendor == vendor)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Groups the records by the normalised form of each of their phrases, in the order of <see cref="All"/>.</summary>
    private static PhraseEntry[] IndexPhrases(UnofficialStatusInfo[] all)
    {
        var keys = new List<string>();
        var infos = new List<List<UnofficialStatusInfo>>();
        Span<char> buffer = stackalloc char[MaxPhraseKeyLength];
        foreach (UnofficialStatusInfo info in all)
        {
            var phrases = new List<string>(info.AlternativeReasonPhrases);
            if (info.ReasonPhrase is not null)
            {
                phrases.Insert(0, info.ReasonPhrase);
            }

            foreach (string phrase in phrases)
            {
                int length = AsciiKey.Normalize(phrase.AsSpan(), buffer);
                if (length <= 0)
                {
                    throw new InvalidOperationException($"The phrase '{phrase}' of {info} has no usable normalised form.");
                }

                string key = buffer.Slice(0, length).ToString();
                int index = keys.IndexOf(key);
                if (index < 0)
                {
                    keys.Add(key);
                    infos.Add([info]);
                }
                else if (!infos[index].Contains(info))
                {
                    infos[index].Add(info);
                }
            }
        }

        var entries = new PhraseEntry[keys.Count];
        for (int i = 0; i < entries.Length; i++)
        {
            entries[i] = new PhraseEntry(keys[i], new ReadOnlyArray<UnofficialStatusInfo>(infos[i].ToArray()));
        }

        return entries;
    }

    /// <summary>The records of one code among a phrase's records; the same list when all are of that code.</summary>
    private static ReadOnlyArray<UnofficialStatusInfo> OfCode(ReadOnlyArray<UnofficialStatusInfo> infos, int code)
    {
        // Indexed loops: the list's enumerator is an interface and would allocate.
        int count = 0;
        for (int i = 0; i < infos.Count; i++)
        {
            count += infos[i].Code == code ? 1 : 0;
        }

        if (count == infos.Count || count == 0)
        {
            return count == 0 ? ReadOnlyArray<UnofficialStatusInfo>.Empty : infos;
        }

        var matches = new UnofficialStatusInfo[count];
        count = 0;
        for (int i = 0; i < infos.Count; i++)
        {
            if (infos[i].Code == code)
            {
                matches[count++] = infos[i];
            }
        }

        return new ReadOnlyArray<UnofficialStatusInfo>(matches);
    }

    private static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    private static VendorStatusDescription CacheStandard(int code)
    {
        var description = new VendorStatusDescription(HttpStatusCatalog.Describe(code), null);
        return Interlocked.CompareExchange(ref s_standardDescriptions[code - FirstValidCode], description, null) ?? description;
    }

    private static UnofficialStatusInfo Define(int code, string? phrase, HttpStatusVendor vendor, string source, string description, params string[] alternatives) =>
        new(code, phrase, vendor, description, source, ReadOnlyArray<string>.From(alternatives));

    /// <summary>One normalised phrase and the records that use it.</summary>
    private readonly struct PhraseEntry(string key, ReadOnlyArray<UnofficialStatusInfo> infos)
    {
        public string Key { get; } = key;

        public ReadOnlyArray<UnofficialStatusInfo> Infos { get; } = infos;
    }

    private const string NodeHttpStatus = "node-http-status (adaltas/node-http-status, src/index.ts";
    private const string CloudflareDocs = "Cloudflare documentation, Troubleshooting, Cloudflare 5xx errors";
    private const string AwsAlbTroubleshooting = "AWS Elastic Load Balancing, Application Load Balancer user guide, Troubleshoot your Application Load Balancers";
    private const string MsAsHttp = "Microsoft [MS-ASHTTP] Exchange ActiveSync: HTTP Protocol";
    private const string NginxSource = "nginx source, src/http/ngx_http_request.h";

    private static UnofficialStatusInfo[] Definitions() =>
    [
        Define(
            103, "Checkpoint", HttpStatusVendor.InformalConvention,
            NodeHttpStatus + ", extra.unofficial); Python requests (status_codes.py, name checkpoint)",
            "A checkpoint response from a never standardised proposal for resuming interrupted PUT and POST uploads. The registry now gives 103 to Early Hints (RFC 8297), so a 103 from a current server means Early Hints."),
        Define(
            218, "This is fine", HttpStatusVendor.Apache,
            NodeHttpStatus + ", extra.unofficial)",
            "A success code some Apache sites use so that a backend's error body reaches the client untouched. With ProxyErrorOverride on, Apache swaps 4xx and 5xx bodies from the backend for its own error pages; a 2xx code slips past that. Only status-code lists document it."),
        Define(
            419, "Authentication Timeout", HttpStatusVendor.AspNetCore,
            "ASP.NET Core, src/Http/Http.Abstractions/src/StatusCodes.cs (Status419AuthenticationTimeout) and src/Http/WebUtilities/src/ReasonPhrases.cs",
            "A constant ASP.NET Core defines for an authentication that has timed out, with a comment that no RFC defines the code. Its table of reason phrases gives 419 the phrase Authentication Timeout; applications decide when to send it."),
        Define(
            419, "Page Expired", HttpStatusVendor.Laravel,
            "Laravel, src/Illuminate/Foundation/Exceptions/Handler.php (TokenMismatchException) and views/419.blade.php",
            "Laravel's answer when the CSRF token sent with a form or request is missing or no longer valid. The framework turns its TokenMismatchException into 419 and shows a Page Expired error page; loading the page again for a fresh token and resubmitting usually works."),
        Define(
            420, "Enhance Your Calm", HttpStatusVendor.Twitter,
            NodeHttpStatus + ", extra.unofficial)",
            "The rate-limit answer of version 1 of Twitter's Search and Trends API, also seen from its Streaming API. Later API versions use 429 Too Many Requests instead; either way the client should slow down and back off."),
        Define(
            440, "Login Time-out", HttpStatusVendor.MicrosoftIis,
            NodeHttpStatus + ", extra.iis)",
            "An IIS code saying that the client's session has expired and the user has to log in again. Status-code lists attribute it to Microsoft IIS; no Microsoft specification for it was found."),
        Define(
            444, "No Response", HttpStatusVendor.Nginx,
            NginxSource + " (NGX_HTTP_CLOSE); " + NodeHttpStatus + ", extra.nginx); laminas-diactoros, src/Response.php (Connection Closed Without Response)",
            "An nginx instruction to close the connection at once without sending any response. Configurations use it, as in return 444, to drop unwanted requests; the client only sees a closed connection, and the code only appears in nginx's access log.",
            "Connection Closed Without Response"),
        Define(
            449, "Retry With", HttpStatusVendor.MicrosoftIis,
            "Microsoft [MS-WDV] WebDAV Protocol: Client Extensions, Sections 2.2.6 and 3.1.5.5; " + NodeHttpStatus + ", extra.iis)",
            "Microsoft's WebDAV extension code asking the client to repeat the request with more information. The server adds an Ms-Echo-Request header, and a client that supports the extension sends the request again with an Ms-Echo-Reply header; other clients treat 449 as an unknown 4xx."),
        Define(
            450, "Blocked by Windows Parental Controls", HttpStatusVendor.WindowsParentalControls,
            NodeHttpStatus + ", extra.unofficial); Python requests (status_codes.py, name blocked_by_windows_parental_controls)",
            "A Microsoft code for a web page that Windows Parental Controls stopped the user from opening. The block comes from those parental settings, so repeating the request changes nothing."),
        Define(
            451, "Redirect", HttpStatusVendor.MicrosoftExchangeActiveSync,
            MsAsHttp + ", Sections 2.2.2.1.1 (Status Line) and 3.1.5.2.2",
            "Exchange ActiveSync's answer when the device should use another server to reach the user's mailbox. An X-MS-Location header, when present, gives the URL for later requests; without it the client runs Autodiscover again. It clashes with the registered 451 Unavailable For Legal Reasons."),
        Define(
            456, "Blocked", HttpStatusVendor.MicrosoftExchangeActiveSync,
            MsAsHttp + ", Section 2.2.2.1.1 (Status Line)",
            "Exchange ActiveSync's answer when the user's account is blocked from synchronising. MS-ASHTTP lists it with the protocol's common status codes and describes the client's handling in Section 3.1.5.2.4."),
        Define(
            457, "Expired Password", HttpStatusVendor.MicrosoftExchangeActiveSync,
            MsAsHttp + ", Section 2.2.2.1.1 (Status Line)",
            "Exchange ActiveSync's answer when the user's password has expired. MS-ASHTTP lists it with the protocol's common status codes and describes the client's handling in Section 3.1.5.2.4."),
        Define(
            460, null, HttpStatusVendor.AwsElasticLoadBalancing,
            AwsAlbTroubleshooting + ", HTTP 460",
            "AWS Application Load Balancer's code for a client that closed its connection before the idle timeout ran out. The client has already gone, so the code shows up mostly in the load balancer's access logs; AWS gives it no reason phrase."),
        Define(
            463, null, HttpStatusVendor.AwsElasticLoadBalancing,
            AwsAlbTroubleshooting + ", HTTP 463",
            "AWS Application Load Balancer's answer to an X-Forwarded-For request header listing too many IP addresses. The limit is 30 addresses; AWS gives the code no reason phrase."),
        Define(
            464, null, HttpStatusVendor.AwsElasticLoadBalancing,
            AwsAlbTroubleshooting + ", HTTP 464",
            "AWS Application Load Balancer's answer when the request's protocol does not suit the target group's protocol version. Examples are an HTTP/1.1 request for a gRPC or HTTP/2 target group and a gRPC request for an HTTP/1.1 one; AWS gives the code no reason phrase."),
        Define(
            494, "Request header too large", HttpStatusVendor.Nginx,
            NginxSource + " (NGX_HTTP_REQUEST_HEADER_TOO_LARGE); " + NodeHttpStatus + ", extra.nginx)",
            "An internal nginx code for a request whose header section or a single header line is too large. The client gets 400 Bad Request, with an error page titled Request Header Or Cookie Too Large."),
        Define(
            495, "SSL Certificate Error", HttpStatusVendor.Nginx,
            NginxSource + " (NGX_HTTPS_CERT_ERROR) and src/http/ngx_http_special_response.c; " + NodeHttpStatus + ", extra.nginx)",
            "An internal nginx code for a client certificate that failed verification. The client gets 400 Bad Request with an error page about the certificate; error_page can match 495 to show a page of its own."),
        Define(
            496, "SSL Certificate Required", HttpStatusVendor.Nginx,
            NginxSource + " (NGX_HTTPS_NO_CERT) and src/http/ngx_http_special_response.c; " + NodeHttpStatus + ", extra.nginx)",
            "An internal nginx code for a request without the client certificate that the server requires. The client gets 400 Bad Request with an error page saying no certificate was sent; error_page can match 496."),
        Define(
            497, "HTTP Request Sent to HTTPS Port", HttpStatusVendor.Nginx,
            NginxSource + " (NGX_HTTP_TO_HTTPS) and src/http/ngx_http_special_response.c; " + NodeHttpStatus + ", extra.nginx)",
            "An internal nginx code for a plain HTTP request that arrived on a port that expects HTTPS. The client gets 400 Bad Request; the separate code lets error_page treat this case apart from other 4xx errors."),
        Define(
            498, "Invalid Token", HttpStatusVendor.EsriArcGis,
            NodeHttpStatus + ", extra.unofficial)",
            "ArcGIS Server's code for an access token that has expired or is otherwise not valid. ArcGIS REST services can put such codes in a JSON error body while the status line says 200, so check the body too."),
        Define(
            499, "Token Required", HttpStatusVendor.EsriArcGis,
            NodeHttpStatus + ", extra.unofficial)",
            "ArcGIS Server's code for a request to a secured resource that carried no token. It often arrives inside a JSON error body with 200 on the status line, and it clashes with nginx's 499."),
        Define(
            499, "Client Closed Request", HttpStatusVendor.Nginx,
            NginxSource + " (NGX_HTTP_CLIENT_CLOSED_REQUEST); " + NodeHttpStatus + ", extra.nginx); ASP.NET Core ReasonPhrases.cs; laminas-diactoros, src/Response.php",
            "A code nginx logs for a request whose client closed the connection before nginx sent the response. No response goes out; the code exists so that the access log records the case. ASP.NET Core's reason phrases list it too."),
        Define(
            509, "Bandwidth Limit Exceeded", HttpStatusVendor.ApacheCpanel,
            NodeHttpStatus + ", extra.unofficial); Node.js, lib/_http_server.js (STATUS_CODES); jshttp/statuses, codes.json; Python requests (status_codes.py)",
            "A web hosting code for a site that has used up the bandwidth its administrator allowed. Status-code lists attribute it to Apache with cPanel, but Apache httpd's own status table lists 509 as unused; Node.js also knows the phrase."),
        Define(
            520, "Web Server Returns an Unknown Error", HttpStatusVendor.Cloudflare,
            CloudflareDocs + ", Error 520 (heading: web server returns an unknown error); " + NodeHttpStatus + ", extra.cloudflare) shortens it to Unknown Error",
            "Cloudflare's answer when the origin server returned an empty, unknown or unexpected response. It is a catch-all: crashed origins, firewalls blocking Cloudflare, oversized headers and malformed responses all end up here.",
            "Unknown Error"),
        Define(
            521, "Web Server Is Down", HttpStatusVendor.Cloudflare,
            CloudflareDocs + ", Error 521",
            "Cloudflare's answer when the origin web server refused its connection. Usually the origin application is offline or something at the origin blocks Cloudflare's IP addresses."),
        Define(
            522, "Connection Timed Out", HttpStatusVendor.Cloudflare,
            CloudflareDocs + ", Error 522",
            "Cloudflare's answer when it timed out trying to reach the origin web server. Either the TCP handshake did not complete in time or the origin did not acknowledge the request once connected."),
        Define(
            523, "Origin Is Unreachable", HttpStatusVendor.Cloudflare,
            CloudflareDocs + ", Error 523",
            "Cloudflare's answer when it cannot contact the origin at all. Typically a network device on the way has no route to the origin's IP address, or the DNS records point to the wrong address."),
        Define(
            524, "A Timeout Occurred", HttpStatusVendor.Cloudflare,
            CloudflareDocs + ", Error 524",
            "Cloudflare's answer when it connected to the origin but got no HTTP response before its read timeout. The default timeout is 120 seconds; long-running requests are the usual cause, and polling for a result avoids them."),
        Define(
            525, "SSL Handshake Failed", HttpStatusVendor.Cloudflare,
            CloudflareDocs + ", Error 525",
            "Cloudflare's answer when the TLS handshake with the origin failed in the Full or Full (strict) SSL mode. Common causes at the origin are a missing certificate, a closed port 443, no SNI support or no shared cipher suite."),
        Define(
            526, "Invalid SSL Certificate", HttpStatusVendor.Cloudflare,
            CloudflareDocs + ", Error 526",
            "Cloudflare's answer when it cannot validate the origin's certificate in the Full (strict) SSL mode. An expired, revoked or self-signed certificate, or one that does not name the host, causes it."),
        Define(
            527, "Railgun Error", HttpStatusVendor.Cloudflare,
            NodeHttpStatus + ", extra.cloudflare)",
            "Cloudflare's code for a request that failed or timed out after a Railgun connection to the origin was set up. Status-code lists carry it; Cloudflare's current 5xx error documentation no longer does."),
        Define(
            530, null, HttpStatusVendor.Cloudflare,
            CloudflareDocs + ", Error 530",
            "Cloudflare's answer when it cannot resolve the origin's hostname and so cannot connect to the origin. The body carries a Cloudflare 1xxx error code naming the exact problem; the documentation gives 530 no reason phrase."),
        Define(
            530, "Site is frozen", HttpStatusVendor.Pantheon,
            NodeHttpStatus + ", extra.unofficial)",
            "The Pantheon hosting platform's answer for a site it has frozen because the site was inactive. Only status-code lists document it, and it clashes with Cloudflare's 530."),
        Define(
            561, "Unauthorized", HttpStatusVendor.AwsElasticLoadBalancing,
            AwsAlbTroubleshooting + ", HTTP 561: Unauthorized",
            "AWS Application Load Balancer's answer when the identity provider of an authenticating listener rule returned an error. The error reason code in the load balancer's access log tells what went wrong."),
        Define(
            598, "Network read timeout error", HttpStatusVendor.InformalConvention,
            NodeHttpStatus + ", extra.unofficial)",
            "An informal code that some HTTP proxies use to tell the client that reading from a server behind them timed out. No standard or product documentation defines it; status-code lists carry it."),
        Define(
            599, "Network Connect Timeout Error", HttpStatusVendor.InformalConvention,
            "laminas-diactoros, src/Response.php",
            "An informal code for a network connection attempt that timed out. No vendor documentation for it was found; PHP libraries such as laminas-diactoros list the phrase."),
    ];
}
