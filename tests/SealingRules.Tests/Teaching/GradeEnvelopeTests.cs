using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Teaching;

/// <summary>POST /api/grade's envelope { exercise, answers }: read strictly, its errors placed in the body as sent.</summary>
public sealed class GradeEnvelopeTests : IAsyncLifetime
{
    private LocalApi _api = null!;

    private HttpClient Client => _api.Client;

    public async Task InitializeAsync() => _api = await LocalApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task<(HttpStatusCode Status, JObject Body)> Post(string body)
    {
        var response = await Client.PostAsync("/api/grade", new StringContent(body, Encoding.UTF8, "application/json"));
        return (response.StatusCode, JObject.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("""{ "exercise": "01-no-reason-offered", "answers": "{ \"motions\": [] }" }""", "invalid-value", "answers")]
    [InlineData("""{ "exercise": "01-no-reason-offered" }""", "missing-field", "answers")]
    [InlineData("""{ "exercise": "01-no-reason-offered", "answers": {}, "student": "ana" }""", "invalid-value", "student")]
    [InlineData("""{ "answers": {} }""", "missing-field", "exercise")]
    [InlineData("""{ "exercise": "no-such", "answers": {} }""", "unknown-reference", "exercise")]
    public async Task AnEnvelopeNotOfTheContract_IsRefused_AtItsField(string body, string code, string path)
    {
        var (status, error) = await Post(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal((code, path), ((string)error["error"]!["code"]!, (string)error["error"]!["path"]!));
        Assert.Equal(1, (int?)error["error"]!["line"]);
    }

    [Theory]
    [InlineData("{ \"exercise\": \"01-no-reason-offered\",\n  \"answers\": { \"motions\": [ { \"id\": \"Doc. 94\",\n      \"outcome\": \"public\" } ] } }",
        "invalid-value", "answers.motions[0].outcome", 3, 16)]
    [InlineData("{ \"exercise\": \"01-no-reason-offered\",\n  \"answers\": { \"motions\": [ { \"id\": \"Doc. 94\" },\n    { \"id\": \"Doc. 94\" } ] } }",
        "duplicate-id", "answers.motions[1].id", 3, 21)]
    public async Task AnErrorInTheAnswers_NamesItsPathUnderAnswers_AndItsPlaceInTheBodyAsSent(string body, string code, string path, int line, int column)
    {
        var (status, error) = await Post(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var e = (JObject)error["error"]!;
        Assert.Equal((code, path, line, column), ((string)e["code"]!, (string)e["path"]!, (int)e["line"]!, (int)e["column"]!));
        Assert.StartsWith(path + ":", (string)e["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWellFormedEnvelope_IsGraded()
    {
        var (status, grade) = await Post("""{ "exercise": "01-no-reason-offered", "answers": { "motions": [ { "id": "Doc. 94", "disposition": "denied" } ] } }""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, (int)grade["score"]!);
    }
}
