using HttpStatusKit.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpStatusKitProblemDetails();
builder.Services.AddControllers();
builder.Services.AddOpenApi(options => options.AddHttpStatusKitDescriptions());

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.MapControllers();

// {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.21","title":"Unprocessable Content","status":422,...}
app.MapPost("/orders", () => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity))
    .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

// The title is the catalog's ("Content Too Large"); the detail is the app's own and is kept.
app.MapPut("/uploads/{name}", (string name) => TypedResults.Problem(detail: $"{name} is larger than 1 MB.", statusCode: StatusCodes.Status413PayloadTooLarge))
    .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

app.Run();

/// <summary>Books by id.</summary>
[ApiController]
[Route("books")]
public sealed class BooksController : ControllerBase
{
    /// <summary>The book with the given id; a 404 problem (type and title from the catalog) for any other id.</summary>
    [HttpGet("{id:int}")]
    [ProducesResponseType<Book>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, Description = "No book has this id.")]
    public ActionResult<Book> Get(int id) => id == 1 ? new Book(1, "HTTP Semantics") : NotFound();
}

/// <summary>A book.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title.</param>
public sealed record Book(int Id, string Title);
