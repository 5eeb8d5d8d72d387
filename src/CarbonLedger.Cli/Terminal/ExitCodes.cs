namespace CarbonLedger.Cli.Terminal;

/// <summary>The process exit codes of the tool.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command ran, and what it checked is wrong (a broken hash chain, a block of the wrong size).</summary>
    public const int CheckFailed = 1;

    /// <summary>Bad input: a missing file, a malformed line, an unknown value, a bad command line.</summary>
    public const int BadInput = 2;

    /// <summary>An unexpected internal error.</summary>
    public const int InternalError = 3;
}
