using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;

namespace HttpStatusKit.AspNetCore.Tests.Support;

/// <summary>MVC's problem producers: ControllerBase helpers, [ApiController] validation and client error mapping.</summary>
[ApiController]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "MVC actions are instance methods.")]
[Route("mvc")]
public sealed class ProblemsController : ControllerBase
{
    [HttpGet("problem/{status:int}")]
    public IActionResult ProblemWithStatus(int status) => Problem(statusCode: status);

    [HttpGet("explicit")]
    public IActionResult Explicit() => Problem(
        detail: "Only 3 left.",
        instance: "/orders/7",
        statusCode: 409,
        title: "Out of stock",
        type: "https://example.com/problems/out-of-stock");

    [HttpGet("validation")]
    public IActionResult Validation()
    {
        ModelState.AddModelError("quantity", "Must be positive.");
        return ValidationProblem();
    }

    [HttpGet("validation-explicit")]
    public IActionResult ValidationExplicit()
    {
        ModelState.AddModelError("quantity", "Must be positive.");
        return ValidationProblem(title: "Invalid order", type: "https://example.com/problems/invalid-order");
    }

    [HttpGet("automatic")]
    public IActionResult Automatic([FromQuery] int quantity) => Ok(quantity);

    [HttpGet("not-found")]
    public IActionResult MissingResource() => NotFound();

    [HttpGet("unprocessable")]
    public IActionResult Unprocessable() => UnprocessableEntity();

    [HttpGet("status/{status:int}")]
    public IActionResult Status(int status) => StatusCode(status);

    [HttpGet("result/{status:int}")]
    public Microsoft.AspNetCore.Http.IResult Result(int status) => Microsoft.AspNetCore.Http.Results.Problem(statusCode: status);

    [HttpGet("extensions")]
    public IActionResult WithExtensions()
    {
        ProblemDetails problem = ProblemDetailsFactory.CreateProblemDetails(HttpContext, statusCode: 404);
        problem.Extensions["sku"] = "B-1";
        return new ObjectResult(problem) { StatusCode = 404, ContentTypes = { "application/problem+json" } };
    }

    [HttpGet("throw")]
    public IActionResult Throw() => throw new KeyNotFoundException("order 7");
}
