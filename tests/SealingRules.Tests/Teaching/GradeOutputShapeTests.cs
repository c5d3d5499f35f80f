using Newtonsoft.Json.Linq;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Teaching;

/// <summary>The grade command's JSON is always an array of { answers, grade }, however many answers files it is given.</summary>
public sealed class GradeOutputShapeTests
{
    [Fact]
    public async Task OneAnswersFile_OrTwo_PrintTheSameShape()
    {
        var dir = Directory.CreateTempSubdirectory("grade-shape-");
        try
        {
            var folder = Path.Combine(Repo.Examples, "exercises", "01-no-reason-offered");
            var a = Path.Combine(dir.FullName, "a.json");
            var b = Path.Combine(dir.FullName, "b.json");
            File.WriteAllText(a, """{ "motions": [ { "id": "Doc. 94", "disposition": "denied" } ] }""");
            File.WriteAllText(b, "{}");

            async Task<JArray> Grade(TextReader stdin, params string[] files)
            {
                var output = new StringWriter();
                var code = await SealingRules.Cli.CommandLine.RunAsync(["grade", folder, .. files], stdin, output, new StringWriter());
                Assert.Equal(0, code);
                return Assert.IsType<JArray>(JToken.Parse(output.ToString()));
            }

            var one = await Grade(new StringReader(""), a);
            var two = await Grade(new StringReader(""), a, b);
            var piped = await Grade(new StringReader("{}"), "-");

            Assert.Equal(a, (string)Assert.Single(one)["answers"]!);
            Assert.Equal(JToken.FromObject(new[] { a, b }), new JArray(two.Select(e => e["answers"])));
            Assert.True(JToken.DeepEquals(one[0]["grade"], two[0]["grade"]));
            Assert.Equal("-", (string)Assert.Single(piped)["answers"]!);
            Assert.All(one.Concat(two).Concat(piped), e => Assert.NotNull(e["grade"]!["score"]));
        }
        finally { dir.Delete(true); }
    }
}
