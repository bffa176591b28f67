namespace HttpStatusKit;

/// <summary>
/// Who uses an unofficial status code: the product, service or framework whose documentation or source gives the code
/// its meaning. Several vendors use some codes differently (419, 499, 530), so <see cref="UnofficialStatusCatalog"/>
/// always looks an unofficial code up together with its vendor.
/// </summary>
/// <remarks>
/// The values start at 1, so <c>default(HttpStatusVendor)</c> names no vendor and every lookup with it finds nothing.
/// </remarks>
public enum HttpStatusVendor
{
    /// <summary>The Apache HTTP Server as configured by some sites (218 This is fine).</summary>
    Apache = 1,

    /// <summary>Apache web hosting managed with cPanel (509 Bandwidth Limit Exceeded).</summary>
    ApacheCpanel,

    /// <summary>ASP.NET Core, which names 419 in <c>StatusCodes</c> and <c>ReasonPhrases</c> although no RFC defines it.</summary>
    AspNetCore,

    /// <summary>AWS Elastic Load Balancing, Application Load Balancer (460, 463, 464, 561).</summary>
    AwsElasticLoadBalancing,

    /// <summary>Cloudflare's reverse proxy, reporting problems with the origin server (520 to 527, 530).</summary>
    Cloudflare,

    /// <summary>Esri ArcGIS Server (498, 499), which often reports these codes inside a JSON error body.</summary>
    EsriArcGis,

    /// <summary>No single vendor: an informal convention or an abandoned proposal that status-code lists carry (103 Checkpoint, 598, 599).</summary>
    InformalConvention,

    /// <summary>The Laravel PHP framework (419 Page Expired).</summary>
    Laravel,

    /// <summary>Microsoft Exchange ActiveSync, as specified in MS-ASHTTP (451 Redirect, 456, 457).</summary>
    MicrosoftExchangeActiveSync,

    /// <summary>Microsoft Internet Information Services and Microsoft's WebDAV extensions (440, 449).</summary>
    MicrosoftIis,

    /// <summary>The nginx web server (444, 494 to 497, 499).</summary>
    Nginx,

    /// <summary>The Pantheon web hosting platform (530 Site is frozen).</summary>
    Pantheon,

    /// <summary>Twitter's version 1 Search and Trends API (420 Enhance Your Calm).</summary>
    Twitter,

    /// <summary>Windows Parental Controls (450).</summary>
    WindowsParentalControls,
}
