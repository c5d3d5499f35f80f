namespace SealingRules.Orders;

/// <summary>
/// The movant's proposed order was asked for a motion of which, on the facts given, the court would likely grant
/// nothing: such an order would only withdraw the motion, so none is drawn. An <see cref="ArgumentException"/>, so
/// the command line and the local server answer it as they answer a motion the request does not have.
/// </summary>
public sealed class NothingToProposeException(string motionId, string? why = null) : ArgumentException(
    why is null
        ? $"no proposed order for '{motionId}': on these facts the court would likely keep none of it from the public, so the order would only withdraw the motion. The pre-filing check says what the declaration would need to show; the predicted order gives the likely ruling."
        : $"no proposed order for '{motionId}': {why}.")
{
    /// <summary>The motion the order was asked for.</summary>
    public string MotionId { get; } = motionId;
}
