using System;
using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Trust;
using NodaTime;

namespace CarbonLedger.Registry.State;

/// <summary>
/// Writes the canonical byte encoding of ledger events (documented in <c>docs/registry.md</c>) into a reusable
/// buffer and hashes it with SHA-256. Big-endian integers, length-prefixed UTF-8 strings, fixed field order per kind.
/// One writer per thread: the ledger's writer and each verification own one.
/// </summary>
internal sealed class CanonicalWriter : IDisposable
{
    /// <summary>The first byte of every encoding.</summary>
    internal const byte FormatVersion = 1;

    private readonly Sha256 sha256 = new();
    private byte[] buffer = new byte[512];
    private int length;

    /// <summary>The bytes written by the last <see cref="Encode"/>.</summary>
    internal ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    /// <summary>Encodes the event and returns SHA-256 over the encoding.</summary>
    internal EventHash Hash(LedgerEvent e)
    {
        Encode(e);
        Span<byte> digest = stackalloc byte[EventHash.Length];
        sha256.Hash(buffer.AsSpan(0, length), digest);
        return EventHash.FromBytes(digest);
    }

    /// <inheritdoc />
    public void Dispose() => sha256.Dispose();

    /// <summary>Writes the canonical encoding of <paramref name="e"/> (its <see cref="LedgerEvent.Hash"/> is not part of it).</summary>
    internal void Encode(LedgerEvent e)
    {
        length = 0;
        U8(FormatVersion);
        U8((byte)e.Kind);
        Hash32(e.PreviousHash);
        I64(e.Sequence);
        Time(e.Instant);
        Str(e.OperationId.Value);
        Str(e.Actor.Value);
        switch (e)
        {
            case RegistryCreated r:
                Registry(r.Registry);
                break;
            case AccountOpened o:
                Account(o.Account.Id);
                Str(o.Account.Holder.Value);
                U8((byte)o.Account.Type);
                break;
            case CreditsIssued i:
                Account(i.To);
                Blocks(i.Blocks);
                break;
            case CreditMovement m:
                Account(m.From);
                Account(m.To);
                Selection(m.Selection);
                Blocks(m.Blocks);
                if (m is CreditsRetired retired)
                {
                    Str(retired.Beneficiary);
                    Str(retired.Purpose);
                }
                break;
            case CreditsReserved r:
                Account(r.Account);
                Selection(r.Selection);
                Blocks(r.Blocks);
                break;
            case CreditsReleased r:
                Account(r.Account);
                Str(r.Reservation.Value);
                Blocks(r.Blocks);
                break;
            case CreditsAcquired a:
                Account(a.From);
                Account(a.To);
                Str(a.SourceOperation.Value);
                Hash32(a.SourceEventHash);
                Blocks(a.Blocks);
                I64(a.SourceSequence);
                OptionalSignature(a.SenderSignature);
                break;
            case AcquisitionRefused r:
                Account(r.From);
                Account(r.To);
                Str(r.SourceOperation.Value);
                I64(r.SourceSequence);
                Hash32(r.SourceEventHash);
                U8((byte)r.Reason);
                Blocks(r.Blocks);
                OptionalSignature(r.SenderSignature);
                break;
            case CreditsReturned r:
                Account(r.From);
                Account(r.To);
                Str(r.TransferOperation.Value);
                I64(r.TransferSequence);
                Hash32(r.TransferHash);
                Str(r.RefusalOperation.Value);
                I64(r.RefusalSequence);
                Hash32(r.RefusalHash);
                U8((byte)r.Reason);
                Blocks(r.Blocks);
                Signature(r.RefusalSignature);
                break;
            case CreditsMarked m:
                Account(m.Account);
                Selection(m.Selection);
                Marking(m.Marking);
                Blocks(m.Blocks);
                break;
            default:
                throw new InvalidOperationException($"Event kind {e.Kind} has no canonical encoding");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Take(int n)
    {
        if ((uint)(length + n) > (uint)buffer.Length)
        {
            Grow(n);
        }
        // In range by the check above: skip the slice's own bounds check.
        Span<byte> span = MemoryMarshal.CreateSpan(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(buffer), length), n);
        length += n;
        return span;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int n) => Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + n));

    private void U8(byte value) => Take(1)[0] = value;

    private void I32(int value) => BinaryPrimitives.WriteInt32BigEndian(Take(4), value);

    private void I64(long value) => BinaryPrimitives.WriteInt64BigEndian(Take(8), value);

    private void Hash32(EventHash hash) => hash.CopyTo(Take(EventHash.Length));

    private void Time(Instant instant)
    {
        long ticks = instant.ToUnixTimeTicks();
        I64(ticks);
        U8((byte)(instant - Instant.FromUnixTimeTicks(ticks)).ToInt64Nanoseconds());
    }

    private void Str(string value)
    {
        // Identifiers are almost always ASCII, whose UTF-8 bytes are the characters themselves: copy them directly.
        Span<byte> ascii = Take(2 + value.Length);
        if (Ascii.FromUtf16(value, ascii[2..], out int copied) == System.Buffers.OperationStatus.Done)
        {
            BinaryPrimitives.WriteUInt16BigEndian(ascii, checked((ushort)copied));
            return;
        }
        length -= 2 + value.Length;
        int max = Encoding.UTF8.GetMaxByteCount(value.Length);
        Span<byte> span = Take(2 + max);
        int written = Encoding.UTF8.GetBytes(value, span[2..]);
        BinaryPrimitives.WriteUInt16BigEndian(span, checked((ushort)written));
        length -= max - written;
    }

    private void Registry(RegistryId registry) => registry.WriteAscii(Take(5));

    private void Account(AccountId account)
    {
        Registry(account.Registry);
        I64(account.Number);
    }

    private void Blocks(ImmutableArray<CreditBlock> blocks)
    {
        I32(blocks.Length);
        foreach (CreditBlock b in blocks)
        {
            CreditAttributes a = b.Attributes;
            Registry(a.Issuer);
            Str(a.Project.Value);
            I32(a.Vintage);
            Str(a.UnitType);
            U8((byte)a.Authorization);
            U8(a.FirstTransferred ? (byte)1 : (byte)0);
            I64(b.Block.Start);
            I64(b.Block.End);
        }
    }

    private void Selection(CreditSelection s)
    {
        if (s.IsExact)
        {
            U8(2);
            I32(s.Ranges.Length);
            foreach (SerialRange r in s.Ranges)
            {
                Registry(r.Issuer);
                Str(r.Project.Value);
                I64(r.Serials.Start);
                I64(r.Serials.End);
            }
            return;
        }
        U8(1);
        I64(s.Quantity);
        U8((byte)s.Order);
        U8((byte)((s.Project.HasValue ? 1 : 0) | (s.Vintage.HasValue ? 2 : 0) | (s.UnitType is not null ? 4 : 0) | (s.Authorization.HasValue ? 8 : 0)));
        if (s.Project is { } p)
        {
            Str(p.Value);
        }
        if (s.Vintage is { } v)
        {
            I32(v);
        }
        if (s.UnitType is { } u)
        {
            Str(u);
        }
        if (s.Authorization is { } auth)
        {
            U8((byte)auth);
        }
    }

    private void OptionalSignature(RegistrySignature? signature)
    {
        U8(signature is null ? (byte)0 : (byte)1);
        if (signature is not null)
        {
            Signature(signature);
        }
    }

    private void Signature(RegistrySignature signature)
    {
        signature.Key.CopyTo(Take(KeyId.Length));
        signature.Value.AsSpan().CopyTo(Take(RegistrySignature.Length));
    }

    private void Marking(CreditMarking m)
    {
        U8((byte)((m.Authorization.HasValue ? 1 : 0) | (m.FirstTransferred.HasValue ? 2 : 0)));
        U8((byte)(m.Authorization ?? 0));
        U8(m.FirstTransferred == true ? (byte)1 : (byte)0);
    }
}
