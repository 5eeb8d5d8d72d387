using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Reports.Formatting;
using NodaTime;

namespace CarbonLedger.Reports.Documents;

/// <summary>
/// A retirement certificate: the record of one retirement (an Article 6.2 use toward an NDC is one too) in a registry,
/// with its serial blocks, quantity, vintages, projects, beneficiary, purpose, instant and the hash of the registry
/// event, so that anyone holding the registry's history can check it.
/// </summary>
/// <remarks>Immutable; made from a <see cref="CreditsRetired"/> event. <see cref="ToPdf"/> renders it as a one-page PDF.</remarks>
public sealed class RetirementCertificate
{
    private RetirementCertificate(CreditsRetired retirement)
    {
        Registry = retirement.From.Registry;
        Sequence = retirement.Sequence;
        Operation = retirement.OperationId;
        Instant = retirement.Instant;
        From = retirement.From;
        To = retirement.To;
        Blocks = retirement.Blocks;
        Quantity = retirement.Quantity;
        Beneficiary = retirement.Beneficiary;
        Purpose = retirement.Purpose;
        EventHash = retirement.Hash;
        PreviousHash = retirement.PreviousHash;
    }

    /// <summary>The registry the credits were retired in.</summary>
    public RegistryId Registry { get; }

    /// <summary>The sequence number of the retirement event in the registry's history.</summary>
    public long Sequence { get; }

    /// <summary>The client operation id of the retirement.</summary>
    public OperationId Operation { get; }

    /// <summary>When the registry recorded the retirement.</summary>
    public Instant Instant { get; }

    /// <summary>The account the credits left.</summary>
    public AccountId From { get; }

    /// <summary>The retirement account the credits went to.</summary>
    public AccountId To { get; }

    /// <summary>The serial blocks retired, with their attributes.</summary>
    public IReadOnlyList<CreditBlock> Blocks { get; }

    /// <summary>How many credits were retired.</summary>
    public long Quantity { get; }

    /// <summary>The vintages of the blocks, in increasing order.</summary>
    public IReadOnlyList<int> Vintages => Blocks.Select(b => b.Attributes.Vintage).Distinct().Order().ToArray();

    /// <summary>The projects of the blocks, in the order first met.</summary>
    public IReadOnlyList<ProjectId> Projects => Blocks.Select(b => b.Attributes.Project).Distinct().ToArray();

    /// <summary>On whose behalf the credits were retired.</summary>
    public string Beneficiary { get; }

    /// <summary>The purpose of the retirement.</summary>
    public string Purpose { get; }

    /// <summary>The hash of the retirement event in the registry's hash chain.</summary>
    public EventHash EventHash { get; }

    /// <summary>The hash of the event before it, which the retirement event's hash covers.</summary>
    public EventHash PreviousHash { get; }

    /// <summary>The certificate of a retirement event.</summary>
    /// <param name="retirement">The event.</param>
    /// <returns>The certificate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="retirement"/> is null.</exception>
    public static RetirementCertificate Of(CreditsRetired retirement)
    {
        ArgumentNullException.ThrowIfNull(retirement);
        return new RetirementCertificate(retirement);
    }

    /// <summary>The certificates of every retirement in a registry's history, in the order of the history.</summary>
    /// <param name="registry">The registry's snapshot.</param>
    /// <returns>The certificates (empty when nothing was retired).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    public static IReadOnlyList<RetirementCertificate> All(LedgerSnapshot registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.Events.OfType<CreditsRetired>().Select(Of).ToImmutableArray();
    }

    /// <summary>The certificate as a PDF document (A4; text extractable).</summary>
    /// <param name="options">Culture and time zone; <see cref="ReportOptions.Default"/> when null.</param>
    /// <returns>The PDF file's bytes.</returns>
    public byte[] ToPdf(ReportOptions? options = null)
    {
        var f = new ReportFormatter(options ?? ReportOptions.Default);
        using var pdf = new PdfLayout(f, $"{f.Label("CertificateTitle")} {Registry} #{Sequence}", Instant.ToDateTimeUtc());
        pdf.Title(f.Label("CertificateTitle"));
        pdf.Paragraph(f.Label("CertificateIntro", Registry));
        pdf.Fields(
        [
            (f.Label("CertRegistry"), Registry.ToString()),
            (f.Label("CertEvent"), "#" + f.Whole(Sequence)),
            (f.Label("CertOperation"), Operation.ToString()),
            (f.Label("CertInstant"), f.Instant(Instant)),
            (f.Label("CertQuantity"), f.Whole(Quantity)),
            (f.Label("CertProject"), string.Join(", ", Projects)),
            (f.Label("CertVintage"), string.Join(", ", Vintages.Select(f.Year))),
            (f.Label("CertBeneficiary"), Beneficiary),
            (f.Label("CertPurpose"), Purpose),
            (f.Label("CertFrom"), From.ToString()),
            (f.Label("CertTo"), To.ToString()),
            (f.Label("CertHash"), EventHash.ToString()),
            (f.Label("CertPrevious"), PreviousHash.ToString()),
        ]);
        pdf.Paragraph(f.Label("CertBlocks"), strong: true);
        pdf.Table([f.Label("ColSerialBlock"), f.Label("ColQuantity"), f.Label("CertProject"), f.Label("ColVintage"), f.Label("ColRegistry")],
            [0.3, 0.15, 0.2, 0.15, 0.2], [false, true, false, false, false],
            Blocks.Select(b => (IReadOnlyList<string>)[b.Block.ToString(), f.Whole(b.Count), b.Attributes.Project.ToString(),
                f.Year(b.Attributes.Vintage), b.Attributes.Issuer.ToString()]));
        return pdf.ToBytes();
    }
}
