using SealingRules.Contract;
using SealingRules.Engine;

namespace SealingRules;

/// <summary>JSON in, JSON out: the contract as one call, for the CLI, the HTTP endpoint and programs.</summary>
public sealed class SealingService(SealingEngine engine, RequestReader reader)
{
    /// <summary>A service with its own engine (compiled now) and a reader with the default limits and clock.</summary>
    public SealingService() : this(new SealingEngine(), new RequestReader()) { }

    /// <summary>The engine the service evaluates with.</summary>
    public SealingEngine Engine => engine;

    /// <summary>Reads, validates and evaluates a request; throws <see cref="ContractException"/> on bad input.</summary>
    public SealingResult Evaluate(string requestJson) => engine.Evaluate(reader.Read(requestJson));

    /// <summary>Evaluates a request and writes the result as the contract's JSON.</summary>
    public string EvaluateToJson(string requestJson, bool indented = true) => Json.Write(Evaluate(requestJson), indented);

    /// <summary>
    /// What would change each item's outcome (contract 1.x, "What-if"): the smallest changes of fact, each an RFC 6902
    /// patch on the request, re-decided by the engine. Throws <see cref="ContractException"/> on bad input.
    /// </summary>
    public WhatIf.WhatIfResult WhatIf(string requestJson) => new WhatIf.WhatIfSearch(engine, reader).Run(requestJson);

    /// <summary>
    /// Grades a student's answers to an exercise (contract 1.x, "Grading"); throws <see cref="ContractException"/> on a
    /// malformed answers file or request.
    /// </summary>
    public Teaching.GradeResult Grade(Teaching.Exercise exercise, string answersJson) => new Teaching.Grader(engine, reader).Grade(exercise, answersJson);

    /// <summary>Grades the answers to the exercise in <paramref name="exerciseFolder"/>.</summary>
    public Teaching.GradeResult Grade(string exerciseFolder, string answersJson) => Grade(Teaching.Exercise.Load(exerciseFolder), answersJson);

    /// <summary>
    /// The pre-filing check (contract 1.x): the evaluation plus the district's sealing procedure and Rule 5.2, each
    /// requirement met, missing, unknown or to verify. Throws <see cref="ContractException"/> on bad input.
    /// </summary>
    public Procedure.CheckResult Check(string requestJson)
    {
        var request = reader.Read(requestJson);
        return new Procedure.PreFilingCheck().Run(request, engine.Evaluate(request));
    }

    /// <summary>
    /// The proposed order (contract 1.x, "Proposed order"): the evaluation's findings in the form a court signs, to be
    /// rendered with <see cref="Orders.MarkdownOrder"/> or the HTML and Word renderers. Throws <see cref="ContractException"/> on bad input.
    /// </summary>
    public Orders.ProposedOrder Order(string requestJson)
    {
        var request = reader.Read(requestJson);
        return Orders.OrderBuilder.Build(request, engine.Evaluate(request));
    }

    /// <summary>
    /// The movant's proposed order on one motion: the motion narrowed to what the evaluation supports, with the
    /// district's table, what the movant withdraws, counsel's block and the caption. With one motion the id may be
    /// omitted. Throws <see cref="ContractException"/> on bad input, <see cref="ArgumentException"/> for a motion the
    /// request does not have.
    /// </summary>
    public Orders.ProposedOrder MovantOrder(string requestJson, string? motionId = null)
    {
        var request = reader.Read(requestJson);
        var ids = request.Motions.Select(m => m.Id).ToList();
        var id = motionId ?? (ids.Count == 1 ? ids[0]
            : throw new ArgumentException($"the request has {ids.Count} motions; name the one the order is for: {string.Join(", ", ids)}"));
        if (!ids.Contains(id, StringComparer.Ordinal))
            throw new ArgumentException($"the request has no motion '{id}'; its motions: {string.Join(", ", ids)}");
        return Orders.MovantOrderBuilder.Build(request, engine.Evaluate(request), id);
    }

    /// <summary>The pre-filing check as the contract's JSON.</summary>
    public string CheckToJson(string requestJson, bool indented = true) => Check(requestJson).ToJson(indented);

    /// <summary>The what-if as the contract's JSON.</summary>
    public string WhatIfToJson(string requestJson, bool indented = true) => Json.Write(WhatIf(requestJson), indented);
}
