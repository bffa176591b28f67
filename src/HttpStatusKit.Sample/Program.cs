using System;
using HttpStatusKit;

// Look a code up: a record with phrase, category, description and the RFC section that defines it.
HttpStatusInfo notFound = HttpStatusCatalog.Get(404);
Console.WriteLine(notFound);                      // 404 Not Found
Console.WriteLine(notFound.Category);             // ClientError
Console.WriteLine(notFound.Specification);        // RFC 9110, Section 15.5.5
Console.WriteLine(notFound.Specification.Uri);    // https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5
Console.WriteLine(HttpStatusCatalog.TooManyRequests.WhenToExpect);

// Find a code from text: a code, a status line, a phrase old or new, or a name, in any case.
if (HttpStatusCatalog.TryFind("Request Entity Too Large", out HttpStatusInfo? renamed))
{
    Console.WriteLine($"{renamed}, formerly {renamed.FormerReasonPhrases[0]}");
}

// Describe any int without throwing: unassigned codes are handled as the x00 of their class.
HttpStatusInfo unknown = HttpStatusCatalog.Describe(499);
Console.WriteLine($"{unknown} is handled as {unknown.EquivalentCode}"); // 499 Unassigned is handled as 400

// Classify any int, and switch on constants.
Console.WriteLine(HttpStatusCatalog.IsError(503));                      // True
Console.WriteLine(Outcome(409));                                        // retry after merging

static string Outcome(int status) => status switch
{
    HttpStatus.Conflict => "retry after merging",
    HttpStatus.NotFound or HttpStatus.Gone => "give up",
    _ when HttpStatusCatalog.IsSuccess(status) => "done",
    _ => "report",
};
