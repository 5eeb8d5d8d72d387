using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CarbonLedger.Projects;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Trust;
using CarbonLedger.Serials;
using NodaTime;

namespace CarbonLedger.Registry.State;

/// <summary>
/// Reads events back from their canonical byte encoding (the inverse of <see cref="CanonicalWriter.Encode"/>), so that
/// a store can keep exactly the bytes an event's hash covers. The hash is not part of the encoding; the caller supplies
/// the stored one. Every field is validated as the event's own factories validate it; a malformed encoding throws
/// <see cref="FormatException"/> naming the offset.
/// </summary>
internal ref struct CanonicalReader
{
    private readonly ReadOnlySpan<byte> data;
    private readonly Dictionary<CreditAttributes, CreditAttributes>? attributes;
    private int position;

    private CanonicalReader(ReadOnlySpan<byte> data, Dictionary<CreditAttributes, CreditAttributes>? attributes)
    {
        this.data = data;
        this.attributes = attributes;
        position = 0;
    }

    /// <summary>Decodes one event; <paramref name="attributes"/> (optional) shares equal credit attributes between events.</summary>
    /// <exception cref="FormatException">The bytes are not a canonical encoding of an event.</exception>
    internal static LedgerEvent Decode(ReadOnlySpan<byte> encoding, EventHash hash, Dictionary<CreditAttributes, CreditAttributes>? attributes = null)
    {
        var reader = new CanonicalReader(encoding, attributes);
        try
        {
            LedgerEvent e = reader.Event(hash);
            if (reader.position != encoding.Length)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"The encoding has {encoding.Length - reader.position} bytes after the end of the event"));
            }
            return e;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or OverflowException or DecoderFallbackException)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Byte {reader.position}: {ex.Message}"), ex);
        }
    }

    private LedgerEvent Event(EventHash hash)
    {
        byte version = U8();
        if (version != CanonicalWriter.FormatVersion)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Encoding format {version} is not known (expected {CanonicalWriter.FormatVersion})"));
        }
        var kind = (LedgerEventKind)U8();
        EventHash previous = Hash32();
        long sequence = I64();
        Instant instant = Time();
        var operation = OperationId.Parse(Str());
        var actor = ActorId.Create(Str());
        var header = new EventHeader(sequence, instant, operation, actor, previous, hash);
        switch (kind)
        {
            case LedgerEventKind.RegistryCreated:
                return new RegistryCreated(header, Registry());
            case LedgerEventKind.AccountOpened:
                AccountId id = Account();
                var holder = ActorId.Create(Str());
                var type = (AccountType)U8();
                return new AccountOpened(header, CarbonLedger.Registry.Account.Create(id, holder, type));
            case LedgerEventKind.CreditsIssued:
                AccountId to = Account();
                return new CreditsIssued(header, to, Blocks());
            case LedgerEventKind.CreditsTransferred:
            case LedgerEventKind.CreditsCancelled:
            case LedgerEventKind.CreditsRetired:
            case LedgerEventKind.CreditsTransferredOut:
                return Movement(kind, header);
            case LedgerEventKind.CreditsReserved:
                AccountId reserving = Account();
                CreditSelection reserved = Selection();
                return new CreditsReserved(header, reserving, reserved, Blocks());
            case LedgerEventKind.CreditsReleased:
                AccountId releasing = Account();
                var reservation = OperationId.Parse(Str());
                return new CreditsReleased(header, releasing, reservation, Blocks());
            case LedgerEventKind.CreditsAcquired:
                AccountId source = Account();
                AccountId destination = Account();
                var sourceOperation = OperationId.Parse(Str());
                EventHash sourceHash = Hash32();
                ImmutableArray<CreditBlock> acquired = Blocks();
                long sourceSequence = I64();
                return new CreditsAcquired(header, source, destination, sourceOperation, sourceSequence, sourceHash, acquired, OptionalSignature());
            case LedgerEventKind.AcquisitionRefused:
                return Refused(header);
            case LedgerEventKind.CreditsReturned:
                return Returned(header);
            case LedgerEventKind.CreditsMarked:
                AccountId marked = Account();
                CreditSelection selection = Selection();
                CreditMarking marking = Marking();
                return new CreditsMarked(header, marked, selection, marking, Blocks());
            default:
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Event kind {(int)kind} is not known"));
        }
    }

    private LedgerEvent Movement(LedgerEventKind kind, EventHeader header)
    {
        AccountId from = Account();
        AccountId to = Account();
        CreditSelection selection = Selection();
        ImmutableArray<CreditBlock> blocks = Blocks();
        return kind switch
        {
            LedgerEventKind.CreditsTransferred => new CreditsTransferred(header, from, to, selection, blocks),
            LedgerEventKind.CreditsCancelled => new CreditsCancelled(header, from, to, selection, blocks),
            LedgerEventKind.CreditsTransferredOut => new CreditsTransferredOut(header, from, to, selection, blocks),
            _ => new CreditsRetired(header, from, to, selection, blocks, Str(), Str()),
        };
    }

    private AcquisitionRefused Refused(EventHeader header)
    {
        AccountId from = Account();
        AccountId to = Account();
        var sourceOperation = OperationId.Parse(Str());
        long sourceSequence = I64();
        EventHash sourceHash = Hash32();
        ReturnReason reason = Reason();
        ImmutableArray<CreditBlock> blocks = Blocks();
        return new AcquisitionRefused(header, from, to, sourceOperation, sourceSequence, sourceHash, reason, blocks, OptionalSignature());
    }

    private CreditsReturned Returned(EventHeader header)
    {
        AccountId from = Account();
        AccountId to = Account();
        var transferOperation = OperationId.Parse(Str());
        long transferSequence = I64();
        EventHash transferHash = Hash32();
        var refusalOperation = OperationId.Parse(Str());
        long refusalSequence = I64();
        EventHash refusalHash = Hash32();
        ReturnReason reason = Reason();
        ImmutableArray<CreditBlock> blocks = Blocks();
        return new CreditsReturned(header, from, to, transferOperation, transferSequence, transferHash, refusalOperation, refusalSequence, refusalHash,
            reason, blocks, Signature());
    }

    private ReturnReason Reason()
    {
        byte value = U8();
        return Enum.IsDefined((ReturnReason)value)
            ? (ReturnReason)value
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Return reason {value} is not known"));
    }

    private RegistrySignature? OptionalSignature() => U8() switch
    {
        0 => null,
        1 => Signature(),
        byte flag => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Signature flag {flag} is neither 0 nor 1")),
    };

    private RegistrySignature Signature()
    {
        var key = KeyId.Parse(Convert.ToHexStringLower(Take(KeyId.Length)));
        return RegistrySignature.Create(key, Take(RegistrySignature.Length));
    }

    private ReadOnlySpan<byte> Take(int n)
    {
        if (n < 0 || n > data.Length - position)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"The encoding ends ({data.Length} bytes) inside a field of {n} bytes"));
        }
        ReadOnlySpan<byte> span = data.Slice(position, n);
        position += n;
        return span;
    }

    private byte U8() => Take(1)[0];

    private int I32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    private long I64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

    private EventHash Hash32() => EventHash.FromBytes(Take(EventHash.Length));

    private Instant Time()
    {
        long ticks = I64();
        byte nanos = U8();
        return Instant.FromUnixTimeTicks(ticks).PlusNanoseconds(nanos);
    }

    private string Str()
    {
        int n = BinaryPrimitives.ReadUInt16BigEndian(Take(2));
        ReadOnlySpan<byte> bytes = Take(n);
        return Ascii.IsValid(bytes) ? Encoding.ASCII.GetString(bytes) : StrictUtf8.GetString(bytes);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private RegistryId Registry()
    {
        ReadOnlySpan<byte> ascii = Take(5);
        Span<char> chars = stackalloc char[5];
        for (int i = 0; i < 5; i++)
        {
            chars[i] = (char)ascii[i];
        }
        return RegistryId.TryParse(chars, out RegistryId id)
            ? id
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{chars.ToString()}' is not a registry id"));
    }

    private AccountId Account()
    {
        RegistryId registry = Registry();
        return AccountId.Create(registry, I64());
    }

    private int Count()
    {
        int n = I32();
        // Each element takes at least 8 bytes: a count beyond what is left is a corrupt encoding, not a huge array.
        if (n < 0 || n > (data.Length - position) / 8)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"A list of {n} elements does not fit the {data.Length - position} bytes left"));
        }
        return n;
    }

    private ImmutableArray<CreditBlock> Blocks()
    {
        int n = Count();
        var builder = ImmutableArray.CreateBuilder<CreditBlock>(n);
        for (int i = 0; i < n; i++)
        {
            RegistryId issuer = Registry();
            var project = ProjectId.Parse(Str());
            int vintage = I32();
            string unitType = Str();
            var authorization = (AuthorizationStatus)U8();
            bool firstTransferred = Flag();
            long start = I64();
            long end = I64();
            var a = CreditAttributes.Create(issuer, project, vintage, unitType, authorization, firstTransferred);
            if (attributes is not null)
            {
                if (attributes.TryGetValue(a, out CreditAttributes? shared))
                {
                    a = shared;
                }
                else
                {
                    attributes.Add(a, a);
                }
            }
            builder.Add(CreditBlock.Create(SerialBlock.FromRange(start, end), a));
        }
        return builder.MoveToImmutable();
    }

    private bool Flag() => U8() switch
    {
        0 => false,
        1 => true,
        byte b => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Flag byte {b} is neither 0 nor 1")),
    };

    private CreditSelection Selection()
    {
        byte form = U8();
        if (form == 2)
        {
            int n = Count();
            var ranges = new SerialRange[n];
            for (int i = 0; i < n; i++)
            {
                RegistryId issuer = Registry();
                var project = ProjectId.Parse(Str());
                long start = I64();
                long end = I64();
                ranges[i] = SerialRange.Create(issuer, project, SerialBlock.FromRange(start, end));
            }
            return CreditSelection.Exactly(ranges);
        }
        if (form != 1)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Selection form {form} is neither 1 (quantity) nor 2 (exact)"));
        }
        CreditSelection selection = CreditSelection.ByQuantity(I64()).InOrder((SelectionOrder)U8());
        byte filters = U8();
        if ((filters & ~15) != 0)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Selection filter flags {filters} name unknown filters"));
        }
        if ((filters & 1) != 0)
        {
            selection = selection.ForProject(ProjectId.Parse(Str()));
        }
        if ((filters & 2) != 0)
        {
            selection = selection.ForVintage(I32());
        }
        if ((filters & 4) != 0)
        {
            selection = selection.ForUnitType(Str());
        }
        if ((filters & 8) != 0)
        {
            selection = selection.ForAuthorization((AuthorizationStatus)U8());
        }
        return selection;
    }

    private CreditMarking Marking()
    {
        byte present = U8();
        byte authorization = U8();
        byte firstTransferred = U8();
        return CreditMarking.FromParts((present & 1) != 0 ? (AuthorizationStatus)authorization : null,
            (present & 2) != 0 ? firstTransferred == 1 : null);
    }
}
