using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.WhatNeverSuffices;

/// <summary>
/// A sealing ruling rests on the documents themselves: the court must state the factual basis it found in them, so a
/// description of records it has not been given cannot carry the burden, however sensitive such records usually are.
/// </summary>
[Name("never-suffices/documents-not-submitted")]
[Description("Documents not put before the court cannot be sealed: the court must find the factual basis for sealing in the documents themselves, not in the movant's description of them.")]
[Cure("Lodge the documents themselves with the motion (conditionally under seal, as the district's rule provides), so that the court can review each one.")]
[Tag("never-suffices"), Cites("spa-documents-to-evaluate", "hagestad-articulate-basis"), Priority(Stratum.Reasons)]
public sealed class DocumentsNotBeforeTheCourt : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info)
            .Exists<Item>(i => i.Id == info.ItemId, i => i.NotSubmitted, i => i.TraditionallySecret == TraditionallySecret.None);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.AccessRequired, true, Step.Of(ctx.Rule.Name,
                $"The documents holding the {info.Words} were not put before the court. Whatever such records usually contain, the court cannot seal documents it has not been given to evaluate: it must find the factual basis for sealing in the documents themselves, without relying on hypothesis or conjecture.", info.Id),
                "the court has not been given the documents, and cannot find in a description alone the factual basis sealing needs"));
    }
}
