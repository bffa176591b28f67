using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace HttpStatusKit.AspNetCore.Tests.Support;

/// <summary>A controller for the OpenAPI document: responses described by attribute, by XML comment and not at all.</summary>
[ApiController]
[Route("books")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "MVC actions are instance methods.")]
public sealed class BooksController : ControllerBase
{
    /// <summary>Gets a book.</summary>
    /// <param name="id">The book's id.</param>
    /// <response code="404">XML comment: no book has this id.</response>
    [HttpGet("{id:int}")]
    [ProducesResponseType<string>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status406NotAcceptable)]
    public IActionResult Get(int id) => Ok(id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Replaces a book.</summary>
    [HttpPut("{id:int}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status409Conflict, Description = "Attribute: the book changed meanwhile.")]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType(103)]
    [ProducesResponseType(299)]
    [ProducesDefaultResponseType]
    public IActionResult Put(int id) => id > 0 ? NoContent() : Conflict();
}
