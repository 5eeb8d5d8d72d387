using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Reports.Formatting;
using NodaTime;

namespace CarbonLedger.Reports.Documents;

/// <summary>
/// An account statement for a period: the opening balance, every event that touched the account with its serial
/// blocks, and the closing balance. Balances count the credits held in the account, available and reserved.
/// </summary>
/// <remarks>
/// The period is a half-open range of instants [<see cref="Start"/>, <see cref="End"/>): an event at
/// <see cref="Start"/> is in it, one at <see cref="End"/> is not. The opening balance is the account's after every
/// event before <see cref="Start"/>; the closing balance is the opening balance plus every change, and equals the
/// account's balance in <see cref="LedgerSnapshot.AsOf"/> just before <see cref="End"/>. Immutable.
/// </remarks>
public sealed class AccountStatement
{
    private AccountStatement(Account account, Instant start, Instant end, long opening, ImmutableArray<StatementMovement> movements, long lastSequence, Instant asOf)
    {
        Account = account;
        Start = start;
        End = end;
        Opening = opening;
        Movements = movements;
        Closing = movements.IsEmpty ? opening : movements[^1].Balance;
        DataSequence = lastSequence;
        DataInstant = asOf;
    }

    /// <summary>The account.</summary>
    public Account Account { get; }

    /// <summary>The first instant of the period (inclusive).</summary>
    public Instant Start { get; }

    /// <summary>The end of the period (exclusive).</summary>
    public Instant End { get; }

    /// <summary>The credits held at <see cref="Start"/>.</summary>
    public long Opening { get; }

    /// <summary>The events of the period that touched the account, in the order of the history.</summary>
    public IReadOnlyList<StatementMovement> Movements { get; }

    /// <summary>The credits held at the end of the period.</summary>
    public long Closing { get; }

    /// <summary>The credits that came in during the period.</summary>
    public long Credited => Movements.Where(m => m.Change > 0).Sum(m => m.Change);

    /// <summary>The credits that went out during the period (a positive number).</summary>
    public long Debited => -Movements.Where(m => m.Change < 0).Sum(m => m.Change);

    /// <summary>The sequence number of the last event of the history the statement was made from.</summary>
    public long DataSequence { get; }

    /// <summary>The instant of that event.</summary>
    public Instant DataInstant { get; }

    /// <summary>The statement of an account for the instants [<paramref name="start"/>, <paramref name="end"/>).</summary>
    /// <param name="registry">The registry's snapshot.</param>
    /// <param name="account">The account.</param>
    /// <param name="start">The first instant of the period.</param>
    /// <param name="end">The end of the period (exclusive).</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> is earlier than <paramref name="start"/>.</exception>
    /// <exception cref="UnknownAccountException">The registry has no such account.</exception>
    public static AccountStatement Create(LedgerSnapshot registry, AccountId account, Instant start, Instant end)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (end < start)
        {
            throw new ArgumentException($"The end of the period ({end}) must not be earlier than its start ({start})", nameof(end));
        }
        Account holder = registry.GetAccount(account);
        long balance = 0;
        var movements = ImmutableArray.CreateBuilder<StatementMovement>();
        foreach (LedgerEvent e in registry.Events)
        {
            if (e.Instant >= end)
            {
                break;
            }
            if (!Touches(e, account, out string counterparty, out IReadOnlyList<CreditBlock> blocks, out long change))
            {
                continue;
            }
            balance += change;
            if (e.Instant >= start)
            {
                movements.Add(new StatementMovement(e, counterparty, blocks, change, balance));
            }
        }
        long opening = balance - movements.Sum(m => m.Change);
        LedgerEvent last = registry.Events[^1];
        return new AccountStatement(holder, start, end, opening, movements.ToImmutable(), last.Sequence, last.Instant);
    }

    /// <summary>The statement of an account for whole local dates in a time zone, from the start of <paramref name="dates"/>'s first day to the end of its last.</summary>
    /// <param name="registry">The registry's snapshot.</param>
    /// <param name="account">The account.</param>
    /// <param name="dates">The dates (inclusive).</param>
    /// <param name="zone">The time zone the dates are in.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownAccountException">The registry has no such account.</exception>
    public static AccountStatement Create(LedgerSnapshot registry, AccountId account, DateInterval dates, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(zone);
        return Create(registry, account, dates.Start.AtStartOfDayInZone(zone).ToInstant(), dates.End.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
    }

    /// <summary>The statement as a PDF document (A4, as many pages as its movements need; text extractable).</summary>
    /// <param name="options">Culture and time zone; <see cref="ReportOptions.Default"/> when null.</param>
    /// <returns>The PDF file's bytes.</returns>
    public byte[] ToPdf(ReportOptions? options = null)
    {
        var f = new ReportFormatter(options ?? ReportOptions.Default);
        using var pdf = new PdfLayout(f, $"{f.Label("StatementTitle")} {Account.Id}", DataInstant.ToDateTimeUtc());
        pdf.Title(f.Label("StatementTitle"));
        pdf.Paragraph(f.Label("StatementIntro", Account.Id, Account.Type, Account.Holder, f.Instant(Start), f.Instant(End)));
        pdf.Fields(
        [
            (f.Label("StatementOpening"), f.Whole(Opening)),
            (f.Label("StatementIn"), f.Whole(Credited)),
            (f.Label("StatementOut"), f.Whole(Debited)),
            (f.Label("StatementClosing"), f.Whole(Closing)),
        ]);
        pdf.Paragraph(f.Label("StatementMovements"), strong: true);
        if (Movements.Count == 0)
        {
            pdf.Paragraph(f.Label("StatementNone"));
        }
        else
        {
            pdf.Table([f.Label("StmtInstant", Options(f).Zone.Id), f.Label("StmtEvent"), f.Label("StmtKind"), f.Label("StmtCounterparty"), f.Label("StmtBlocks"),
                    f.Label("StmtChange"), f.Label("StmtBalance")],
                [0.21, 0.07, 0.15, 0.13, 0.24, 0.1, 0.1], [false, true, false, false, false, true, true],
                Movements.Select(m => (IReadOnlyList<string>)[f.LocalInstant(m.Instant), f.Whole(m.Sequence), KindName(m.Kind), m.Counterparty,
                    string.Join(", ", m.Blocks.Select(b => b.Block.ToString())), Signed(f, m.Change), f.Whole(m.Balance)]));
        }
        pdf.Fields([(f.Label("StatementClosing"), f.Whole(Closing))]);
        pdf.Paragraph(f.Label("GeneratedFrom", f.Whole(DataSequence), f.Instant(DataInstant)));
        return pdf.ToBytes();
    }

    /// <summary>The kind of event without its "Credits" prefix: Issued, Transferred, Retired…</summary>
    private static string KindName(LedgerEventKind kind)
    {
        string name = kind.ToString();
        return name.StartsWith("Credits", StringComparison.Ordinal) ? name["Credits".Length..] : name;
    }

    private static ReportOptions Options(ReportFormatter f) => f.Options;

    private static string Signed(ReportFormatter f, long change) => change > 0 ? "+" + f.Whole(change) : f.Whole(change);

    /// <summary>Whether an event touched the account, and how: the other account, the blocks and the change in credits held.</summary>
    private static bool Touches(LedgerEvent e, AccountId account, out string counterparty, out IReadOnlyList<CreditBlock> blocks, out long change)
    {
        (counterparty, blocks, change) = e switch
        {
            CreditsIssued i when i.To == account => (string.Empty, (IReadOnlyList<CreditBlock>)i.Blocks, i.Quantity),
            CreditMovement m when m.From == account => (m.To.ToString(), m.Blocks, -m.Quantity),
            CreditMovement m when m.To == account => (m.From.ToString(), m.Blocks, m.Quantity),
            CreditsAcquired a when a.To == account => (a.From.ToString(), a.Blocks, a.Quantity),
            CreditsReserved r when r.Account == account => (string.Empty, r.Blocks, 0L),
            CreditsReleased r when r.Account == account => (string.Empty, r.Blocks, 0L),
            CreditsMarked k when k.Account == account => (string.Empty, k.MarkedBlocks, 0L),
            _ => (string.Empty, Array.Empty<CreditBlock>(), long.MinValue),
        };
        return change != long.MinValue;
    }
}
