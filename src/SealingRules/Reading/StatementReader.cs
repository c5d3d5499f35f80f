using System.Text;
using System.Text.RegularExpressions;
using SealingRules.Model;

namespace SealingRules.Reading;

/// <summary>One feature found in a statement, with the words that carry it.</summary>
/// <param name="Feature">What the words do.</param>
/// <param name="Quote">The words, as the movant wrote them.</param>
public sealed record FoundFeature(Feature Feature, string Quote);

/// <summary>
/// Finds the features of a movant's statement: which words rest on a designation or an agreement, which name a harm,
/// who would cause it and how, what the information concretely is, and which speculate. Negated words ("not merely
/// confidential") count for nothing; a position the statement reports in order to answer it ("Plaintiffs argue the
/// prices are stale. Not so: ...") is the other side's, not the movant's; an audience noun that names what the
/// information is ("customer names", "data about competitors") is content, not who would misuse it.
/// </summary>
public static class StatementReader
{
    /// <summary>Sentences of fewer words than this are too short to judge as English or not.</summary>
    private const int WordsToJudgeLanguage = 4;

    /// <summary>Whether the statement reads as English prose (the reader reads nothing else).</summary>
    public static bool IsEnglish(string text) => LooksEnglish(text) && (Words(text).Count < WordsToJudgeLanguage || Sentences(Clean(text)).Any(IsASentence));

    /// <summary>
    /// Whether the statement is English words strung together without a sentence ("Competitors, licensors, benchmark,
    /// harm."), not another language: what it needs is sentences, not a translation.
    /// </summary>
    public static bool IsKeywords(string text)
    {
        var words = Words(text);
        var nonAscii = text.Count(c => char.IsLetter(c) && c > 127);
        return words.Count >= WordsToJudgeASentence && words.Any(Lexicon.EnglishWords.Contains) && nonAscii * 10 <= Math.Max(1, text.Count(char.IsLetter))
            && !Sentences(Clean(text)).Any(IsASentence);
    }

    /// <summary>Whether the words are English words, in sentences or not (a string of English keywords looks English).</summary>
    public static bool LooksEnglish(string text)
    {
        var words = Words(text);
        if (words.Count < WordsToJudgeLanguage) return words.Count > 0 && words.All(w => w.All(c => c < 128));
        var common = words.Count(w => Lexicon.EnglishWords.Contains(w));
        var nonAscii = text.Count(c => char.IsLetter(c) && c > 127);
        var letters = text.Count(char.IsLetter);
        return common >= (words.Count < 8 ? 1 : 2) && common * 100 >= words.Count * 8 && nonAscii * 100 <= Math.Max(1, letters) * 10;
    }

    /// <summary>The features of the statement, each once, in the order of <see cref="Feature"/>, with its first carrying words.</summary>
    public static IReadOnlyList<FoundFeature> Read(string text)
    {
        var found = new Dictionary<Feature, string>();
        var sentences = Sentences(Clean(text));
        // A statement that is only a noun ("Pricing.", "Medical records.") names a thing and says nothing of it.
        var nounAlone = sentences.Count == 1 && IsANounAlone(sentences[0]);
        if (sentences.FirstOrDefault(s => !IsASentence(s) || nounAlone) is { } keywords) found[Feature.Keywords] = Opening(keywords);
        foreach (var (span, _) in TheMovantsOwn([.. sentences.Where(s => IsASentence(s) && !nounAlone)]))
        {
            var third = ThirdPerson.Of(span.ToLowerInvariant());
            var lower = third.Text;
            foreach (var (feature, pattern, selfNegating) in Lexicon.Patterns)
            {
                if (found.ContainsKey(feature)) continue;
                var labelledUntil = -2;
                foreach (Match m in pattern.Matches(lower))
                {
                    // The rest of a labelled noun ("royalty" labelled, then "rates" of "the royalty rates are confidential").
                    if (feature is Feature.ConcreteContent && m.Index <= labelledUntil + 1)
                    {
                        labelledUntil = m.Index + m.Length;
                        continue;
                    }
                    if (!selfNegating && Negated(Before(lower, m.Index))) continue;
                    if (feature is Feature.Audience or Feature.VagueActors && DescribesTheInformation(lower, m)) continue;
                    // "Our pricing is confidential": a category labelled confidential, not content the document is shown to hold.
                    if (feature is Feature.ConcreteContent && Lexicon.OnlyAPossessive.IsMatch(Before(lower, m.Index))
                        && Lexicon.LabelledAfter.IsMatch(lower.AsSpan(m.Index + m.Length)))
                    {
                        labelledUntil = m.Index + m.Length;
                        continue;
                    }
                    // "to protect the children from harassment", "a fear of retaliation", "to protect his safety": a danger
                    // feared, not one shown; it names the harm, in the most general terms.
                    if (feature is Feature.Threat && Lexicon.FearedBefore.IsMatch(Before(lower, m.Index)))
                    {
                        var at = third.Origin(m.Index);
                        found.TryAdd(Feature.HarmNamed, Quote(span, at, third.Origin(m.Index + m.Length) - at));
                        continue;
                    }
                    // "the report describes the sexual assault": what the record is about, not a danger its disclosure brings.
                    if (feature is Feature.Threat && Lexicon.EventOfViolence.IsMatch(m.Value) && Lexicon.RecordsTheEvent.IsMatch(Before(lower, m.Index))) continue;
                    // "separated from my two children": those a disclosure would harm, not whom the information concerns.
                    if (feature is Feature.MinorNamed && Lexicon.KinHarmedBefore.IsMatch(Before(lower, m.Index))) continue;
                    var start = third.Origin(m.Index);
                    found[feature] = Quote(span, start, third.Origin(m.Index + m.Length) - start);
                    break;
                }
            }
        }
        return found.OrderBy(f => f.Key).Select(f => new FoundFeature(f.Key, f.Value)).ToList();
    }

    /// <summary>
    /// Where the movant's own words place the harm within the document ("slides 4-9"), or null: the first locator in
    /// a sentence of the movant's own, not negated and not inside a citation to a declaration or the record.
    /// </summary>
    public static string? HarmLocatedAt(string text)
    {
        foreach (var (span, _) in TheMovantsOwn([.. Sentences(Clean(text)).Where(IsASentence)]))
        {
            var lower = span.ToLowerInvariant();
            foreach (Match m in Lexicon.Locator.Matches(lower))
            {
                var before = Before(lower, m.Index);
                // "Decl. at page 4", "ECF No. 12, page 3": a citation to the record says where a thing is argued, not where the harm is.
                if (Lexicon.Negation.IsMatch(before) || Lexicon.CitationBefore.IsMatch(before)) continue;
                return span.Substring(m.Index, m.Length);
            }
        }
        return null;
    }

    /// <summary>
    /// Where the movant's own words tie the danger to the person's being identified ("if my name appears on this
    /// petition", "would reveal his identity"), the words that do, or null: the first such words in a sentence of the
    /// movant's own, not negated.
    /// </summary>
    public static string? DangerFromIdentity(string text)
    {
        foreach (var (span, _) in TheMovantsOwn([.. Sentences(Clean(text)).Where(IsASentence)]))
        {
            var lower = span.ToLowerInvariant();
            foreach (Match m in Lexicon.IdentityIsTheDanger.Matches(lower))
            {
                if (Lexicon.Negation.IsMatch(Before(lower, m.Index))) continue;
                return span.Substring(m.Index, m.Length);
            }
        }
        return null;
    }

    // "customer names", "data about competitors": the noun says what the information is, not who would use it;
    // "designated confidential by third parties": it says who produced or marked the material, not who would misuse it.
    private static bool DescribesTheInformation(string lower, Match m)
        => Lexicon.DescribesBefore.IsMatch(Before(lower, m.Index)) || Lexicon.DescribesAfter.IsMatch(lower.AsSpan(m.Index + m.Length, Math.Min(40, lower.Length - m.Index - m.Length)))
            || Lexicon.SourceBefore.IsMatch(lower.AsSpan(Math.Max(0, m.Index - 80), Math.Min(80, m.Index)));

    // "not merely confidential" negates what follows; "has never shared these margins" tells how they were kept.
    private static bool Negated(string before)
        => Lexicon.Negation.Match(before) is { Success: true } negation && !Lexicon.KeptSecret.IsMatch(before.AsSpan(negation.Index));

    // The few words before a match: the anchored patterns look no further, and a long sentence costs no more than a short one.
    private static string Before(string lower, int index) => lower[Math.Max(0, index - 48)..index];

    /// <summary>
    /// The sentences (or parts) that are the movant's own: a sentence reporting another's position is dropped when the
    /// next sentence answers it, and the part before "but" when the sentence answers itself.
    /// </summary>
    private static IEnumerable<(string Span, int Sentence)> TheMovantsOwn(List<string> sentences)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var lower = s.ToLowerInvariant();
            if (Lexicon.Attribution.IsMatch(lower))
            {
                if (Lexicon.TurnWithin.Match(lower) is { Success: true } turn)
                {
                    yield return (s[turn.Index..], i);
                    continue;
                }
                if (i + 1 < sentences.Count && Lexicon.Rebuttal.IsMatch(sentences[i + 1].ToLowerInvariant())) continue;
            }
            // "EA does not contend that other licensors would use the rates": the words after are disclaimed, not claimed.
            // The disclaimer reaches to the end of its clause: what follows a semicolon is claimed again.
            if (Lexicon.Disclaimed.Match(lower) is { Success: true } disclaimed)
            {
                if (disclaimed.Index > 0) yield return (s[..disclaimed.Index], i);
                var resumes = s.IndexOf(';', disclaimed.Index + disclaimed.Length);
                if (resumes >= 0 && resumes + 1 < s.Length) yield return (s[(resumes + 1)..], i);
                continue;
            }
            yield return (s, i);
        }
    }

    /// <summary>Sentences of at least this many words are judged for whether they are sentences at all.</summary>
    private const int WordsToJudgeASentence = 5;

    /// <summary>A run of this many words with no word that joins them, and no punctuation, is a string of keywords.</summary>
    private const int LongestRunInProse = 10;

    /// <summary>
    /// Whether a sentence is one, not a string of keywords ("Royalty rates, pricing, competitors, undercut, margins"):
    /// English prose joins its words with articles, prepositions, auxiliaries and the like. In the judged statements and
    /// the batteries no sentence of five words or more lacks every such word, and none runs to ten words without one.
    /// </summary>
    public static bool IsASentence(string sentence)
    {
        var words = Words(sentence);
        if (words.Count < WordsToJudgeASentence) return true;
        if (!words.Any(Lexicon.JoiningWords.Contains)) return false;
        var run = 0;
        foreach (Match m in Token.Matches(sentence.ToLowerInvariant()))
        {
            run = char.IsLetter(m.Value[0]) && !Lexicon.JoiningWords.Contains(m.Value) ? run + 1 : 0;
            if (run >= LongestRunInProse) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether a short sentence is a noun and nothing more: no word that joins ("It is confidential." has one), no
    /// number or section sign (a citation, "Doc. 106.", is part of a statement, not a statement).
    /// </summary>
    public static bool IsANounAlone(string sentence)
    {
        var words = Words(sentence);
        return words.Count is > 0 and < WordsToJudgeASentence && !words.Any(Lexicon.JoiningWords.Contains)
            && !sentence.Any(c => char.IsDigit(c) || c == '§');
    }

    // The first words of a string of keywords, enough for the finding to point at it.
    private static string Opening(string keywords)
    {
        var words = keywords.TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 ? string.Join(' ', words) : string.Join(' ', words[..6]).TrimEnd(',') + " ...";
    }

    // Linear (no nested or overlapping quantifiers): no timeout, which is wall-clock time and would fail a starved thread.
    private static readonly Regex Token = new(@"\p{L}+|[^\p{L}\s]", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    /// <summary>
    /// The sentences: a break after . ! or ? and white space, where the next sentence opens with a capital or a digit
    /// (after an opening quote or bracket). Scanned by hand, not by a regular expression, so a statement at the length
    /// limit costs one pass and can never time out on a busy machine.
    /// </summary>
    private static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?')) continue;
            var next = i + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next == i + 1 || next >= text.Length) continue;
            var open = text[next] is '"' or '\'' or '(' or '[' ? next + 1 : next;
            if (open >= text.Length || !(text[open] is >= 'A' and <= 'Z' || char.IsAsciiDigit(text[open]))) continue;
            // "Dr. Lee", "Smith Decl. 4", "ECF No. 12": a period that ends an abbreviation ends no sentence.
            if (text[i] == '.' && EndsAnAbbreviation(text, i)) continue;
            sentences.Add(text[start..(i + 1)]);
            start = next;
            i = next - 1;
        }
        if (start < text.Length) sentences.Add(text[start..]);
        return sentences.Where(s => s.Length > 0).ToList();
    }

    /// <summary>One space between words, straight quotes and apostrophes: patterns need not know typography.</summary>
    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c switch { '\u2018' or '\u2019' or '\u02BC' => '\'', '\u201C' or '\u201D' => '"', '\u2013' or '\u2014' => '-', _ => c });
        }
        return sb.ToString();
    }

    /// <summary>
    /// The words carrying a feature: the match with a few words either side, cut at the clause's ends; where the
    /// sentence begins (or ends) only a few words further, the quote takes it whole on that side, so it does not open
    /// mid-clause ("Beta's other customers saw them" for "If Beta's other customers saw them").
    /// </summary>
    private static string Quote(string sentence, int index, int length)
    {
        const int Before = 6, After = 8, Reach = 5;
        var start = Edge(sentence, index, -1, Before + Reach);
        var cutBefore = start > 0 && !IsClauseMark(sentence[start - 1]);
        if (cutBefore) start = Edge(sentence, index, -1, Before);
        var end = Edge(sentence, index + length, +1, After + Reach);
        var cutAfter = end < sentence.Length && !IsClauseMark(sentence[end]) && (sentence[end] != '.' || EndsAnAbbreviation(sentence, end));
        if (cutAfter) end = Edge(sentence, index + length, +1, After);
        // A quote cut inside a clause opens at the next clause where the cut leaves only the tail of one before it
        // ("former employee, and Velotek believes ..." opens at "Velotek").
        if (cutBefore) start = AfterATail(sentence, start, index);
        // Likewise where the cut leaves the tail of a subject before "and" opens a second predicate ("recall and would
        // cause reputational harm" opens at "would cause", "else and is protected" at "is protected"): the predicate's own
        // modal, auxiliary or verb of holding stays, as it carries the claim.
        var predicate = false;
        if (cutBefore && sentence.IndexOf(" and ", start, StringComparison.Ordinal) is var and && and >= 0 && and < index
            && WordCount(sentence[start..and]) <= 3 && (Modals.Contains(NextWord(sentence, and + 5)) || Auxiliaries.Contains(NextWord(sentence, and + 5))))
            (start, predicate) = (and + 5, true);
        // A quote cut inside a clause neither opens nor closes on a word that leans on the next ("of", "the", "would"),
        // unless the word is part of what matched.
        while (cutBefore && !predicate && sentence.IndexOf(' ', start) is var space && space >= 0 && space < index
               && (Dangling.Contains(sentence[start..space].ToLowerInvariant()) || sentence[start..space].TrimEnd(',', ';').All(char.IsAsciiDigit)
                   // the tail of the clause before ("2021, and Appendix B lists ..." opens at "Appendix")
                   || sentence[start..space].EndsWith(',')))
            start = space + 1;
        // The words dropped may leave the tail of a clause before a comma ("and its chief executive, written to seek"
        // leaves "chief executive, written to seek"): the quote opens after it, as above.
        if (cutBefore && !predicate) start = AfterATail(sentence, start, index);
        // A quote cut inside a noun phrase takes the head noun that follows ("the per-mile linehaul" + "rates"): a
        // declaration's modifiers name nothing without it.
        for (var more = 0; cutAfter && more < 2 && end + 1 < sentence.Length && NextWord(sentence, end + 1) is var next && Heads.Contains(next.TrimEnd(',', '.', ';', ':')); more++)
            end += 1 + next.TrimEnd(',', '.', ';', ':').Length;
        // A possessive leans on the noun after it too ("the deputies' names"): cut before it, not inside the phrase.
        while (cutAfter && sentence.LastIndexOf(' ', end - 1) is var space && space >= index + length
               && (Dangling.Contains(sentence[(space + 1)..end].ToLowerInvariant().TrimEnd(',')) || IsPossessive(sentence[(space + 1)..end])))
            end = space;
        // Nor on the first word of a clause it cannot finish ("all minors, and quotes"): it ends before the clause.
        if (cutAfter && sentence.LastIndexOf(", and ", end, StringComparison.Ordinal) is var clause && clause >= index + length
            && WordCount(sentence[(clause + 6)..end]) <= 1)
            end = clause;
        return Balanced(sentence, index, length, start, end);
    }

    // Past the first ", " before the match where what precedes it is the tail of a clause (three words at most).
    private static int AfterATail(string sentence, int start, int index)
        => sentence.IndexOf(", ", start, StringComparison.Ordinal) is var comma && comma >= 0 && comma < index && WordCount(sentence[start..comma]) <= 3
            ? comma + 2 : start;

    // The nouns a declaration's noun phrases end on (what the modifiers before them describe).
    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "rates", "rate", "prices", "price", "pricing", "terms", "figures", "numbers", "costs", "margins", "fees", "names", "addresses",
        "data", "information", "records", "lists", "amounts", "volumes", "royalties", "revenues", "procedures", "locations", "schedules",
    };

    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase) { "would", "could", "will", "may", "might", "can", "must", "should", "shall" };

    // Also the verbs a statement uses to say what a document holds ("Removal and contains exchanges" opens at "contains").
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "has", "have", "had", "contains", "contain", "includes", "include", "involves", "reflects", "reveals",
        "discloses", "describes",
    };

    private static string NextWord(string sentence, int from) => sentence[from..].Split(' ', 2)[0];

    private static bool IsPossessive(string word) => word.Length > 2 && (word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal));

    /// <summary>
    /// A quote shows the movant's own quotation marks in pairs: where the match lies inside words the movant quoted (from
    /// another paper) and those words make a phrase of their own (six to thirty words), the quote is those words; otherwise a mark left
    /// open at either edge moves the edge to the mark's partner if it is near, or past the mark if that keeps the match.
    /// </summary>
    private static string Balanced(string sentence, int index, int length, int start, int end)
    {
        const int Reach = 5, Shortest = 6, Longest = 30;
        var marks = new List<int>();
        for (var i = sentence.IndexOf('"'); i >= 0; i = sentence.IndexOf('"', i + 1)) marks.Add(i);
        for (var p = 0; p + 1 < marks.Count; p += 2)
        {
            var (open, close) = (marks[p], marks[p + 1]);
            if (open < index && close >= index + length && WordCount(sentence[(open + 1)..close]) is >= Shortest and <= Longest)
                return sentence[(open + 1)..close].Trim(' ', ',');
        }
        var inside = marks.Count(m => m < start) % 2 == 1;
        if (inside && marks.FirstOrDefault(m => m >= start, -1) is var closing && closing >= 0 && closing < end)
        {
            var opening = marks.Last(m => m < start);
            if (WordCount(sentence[opening..start]) <= Reach) start = opening;
            else if (closing < index) start = closing + 1;
        }
        var openAtEnd = marks.Count(m => m < end) % 2 == 1 && marks.Last(m => m < end) >= start;
        if (openAtEnd)
        {
            var opening = marks.Last(m => m < end);
            var partner = marks.FirstOrDefault(m => m >= end, -1);
            if (partner >= 0 && WordCount(sentence[end..partner]) <= Reach) end = partner + 1;
            else if (opening > index + length) end = opening;
        }
        var quote = sentence[start..end].Trim(' ', ',', '\'');
        // An inner quotation that opens or closes the quote reads as the quote's own marks, which the report adds.
        if (quote.Length > 1 && quote[0] == '"' && quote[^1] == '"' && quote.Count(c => c == '"') == 2) quote = quote[1..^1];
        else if (quote.Count(c => c == '"') % 2 == 1) quote = quote.Trim('"');
        if (quote.EndsWith(".\"", StringComparison.Ordinal)) quote = quote[..^2] + "\"";
        return Nested(quote.Trim(' ', ','));
    }

    // A quotation inside the quote takes single marks, as a quotation within a quotation does in an order.
    private static string Nested(string quote) => quote.Contains('"', StringComparison.Ordinal) ? Phrases.Quoted(quote)[1..^1] : quote;

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // Abbreviations a declaration uses before a name or a title ("Dr. Lee", "Smith Decl. Ex. 4"), and those it uses only
    // before a number ("No. 12", "p. 4"), where the word alone could end a sentence ("The answer is no.").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "prof", "decl", "inc", "corp", "ltd", "jr", "sr", "v", "vs", "cal", "nev", "ariz", "wash", "cir", "cf", "al",
    };

    private static readonly HashSet<string> BeforeNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "p", "pp", "para", "sec", "ex", "exs", "exh", "dkt", "vol", "fig",
    };

    private static bool EndsAnAbbreviation(string text, int period)
    {
        var start = period;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        var word = text[start..period];
        var next = period + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        var number = next < text.Length && char.IsAsciiDigit(text[next]);
        // A single capital ("J. Smith") or dotted letters ("U.S.", "e.g.") are initials, not the end of a sentence.
        return Abbreviations.Contains(word) || (number && BeforeNumbers.Contains(word))
            || (word.Length == 1 && char.IsUpper(word[0])) || word.Contains('.', StringComparison.Ordinal);
    }

    private static readonly HashSet<string> Dangling = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "and", "or", "for", "in", "on", "at", "by", "with", "into", "from", "about", "under", "its", "their",
        "his", "her", "our", "that", "which", "who", "whose", "would", "could", "will", "be", "is", "are", "not", "such", "including",
        "because", "as", "so", "than", "if", "when", "where", "how", "why", "what", "whether", "while", "although", "was", "were",
        "has", "have", "had", "may", "might", "can", "must", "should", "shall", "does", "do", "did", "been", "being",
    };

    // From a position, walk back (-1) or forward (+1) across at most that many words, stopping at a clause's end;
    // forward, a full stop ends it too.
    private static int Edge(string sentence, int from, int step, int words)
    {
        var at = from;
        for (var counted = 0; step < 0 ? at > 0 : at < sentence.Length; at += step)
        {
            var c = step < 0 ? sentence[at - 1] : sentence[at];
            // A period ends the quote unless it ends an abbreviation ("Dr. Lee") or sits inside a number ("3.5").
            if (IsClauseMark(c) || (step > 0 && c == '.' && !EndsAnAbbreviation(sentence, at)
                && !(at + 1 < sentence.Length && char.IsAsciiDigit(sentence[at + 1]) && at > 0 && char.IsAsciiDigit(sentence[at - 1])))) break;
            if (c == ' ' && ++counted > words) break;
        }
        return at;
    }

    private static bool IsClauseMark(char c) => c is ';' or ':' or '(' or ')';

    // The runs of letters, lower-cased. Scanned, not matched: a regex timeout is wall-clock time, and a starved thread
    // (the what-if reads hundreds of statements in parallel) could time out on a pattern that cannot backtrack.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }
}
