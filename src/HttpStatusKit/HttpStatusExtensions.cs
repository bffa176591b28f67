using System;
using System.Net;
using System.Net.Http;

namespace HttpStatusKit;

/// <summary>Conversions from the framework's HTTP types to catalog records.</summary>
public static class HttpStatusExtensions
{
    /// <summary>
    /// Returns the catalog record for a <see cref="HttpStatusCode"/>, as <see cref="HttpStatusCatalog.Describe(int)"/> does:
    /// never throws; a value outside the catalog gives an unassigned or invalid record.
    /// </summary>
    /// <param name="statusCode">Any value, including ones the enumeration does not name.</param>
    /// <returns>The record for the value; never <see langword="null"/>.</returns>
    public static HttpStatusInfo ToStatusInfo(this HttpStatusCode statusCode) => HttpStatusCatalog.Describe((int)statusCode);

    /// <summary>Returns the catalog record for the status code of a response, as <see cref="HttpStatusCatalog.Describe(int)"/> does.</summary>
    /// <param name="response">The response.</param>
    /// <returns>The record for <see cref="HttpResponseMessage.StatusCode"/>; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    public static HttpStatusInfo GetStatusInfo(this HttpResponseMessage response)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        return HttpStatusCatalog.Describe((int)response.StatusCode);
    }
}
