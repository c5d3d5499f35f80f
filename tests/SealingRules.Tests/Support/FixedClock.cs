namespace SealingRules.Tests.Support;

/// <summary>A clock stopped at one moment, so that a request without <c>asOf</c> is decided on a known day.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public FixedClock(DateOnly day) : this(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)) { }

    public override DateTimeOffset GetUtcNow() => now;
}
