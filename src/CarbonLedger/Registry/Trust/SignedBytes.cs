using System;
using System.Buffers.Binary;
using System.Text;
using NodaTime;

namespace CarbonLedger.Registry.Trust;

/// <summary>
/// The exact bytes a registry signs (documented in <c>docs/registry.md</c>, "Signed bytes"): a length-prefixed ASCII
/// tag naming what is signed and its version, then fixed fields in the canonical encoding's conventions (big-endian
/// integers, five ASCII bytes per registry id). Signing the event hash binds every field of the event.
/// </summary>
internal static class SignedBytes
{
    internal const string TransferTag = "CarbonLedger signed transfer v1";
    internal const string RefusalTag = "CarbonLedger signed refusal v1";
    internal const string CheckpointTag = "CarbonLedger signed checkpoint v1";

    /// <summary>Tag, sender, receiver, the outgoing event's sequence and hash.</summary>
    internal static byte[] Transfer(RegistryId sender, RegistryId receiver, long sequence, EventHash hash)
    {
        var w = new Writer(TransferTag, 5 + 5 + 8 + EventHash.Length);
        w.Registry(sender);
        w.Registry(receiver);
        w.I64(sequence);
        w.Hash(hash);
        return w.Done();
    }

    /// <summary>Tag, refusing registry, the sender whose transfer it refuses, the refusal event's sequence and hash.</summary>
    internal static byte[] Refusal(RegistryId refusing, RegistryId sender, long sequence, EventHash hash)
    {
        var w = new Writer(RefusalTag, 5 + 5 + 8 + EventHash.Length);
        w.Registry(refusing);
        w.Registry(sender);
        w.I64(sequence);
        w.Hash(hash);
        return w.Done();
    }

    /// <summary>Tag, registry, the head event's sequence and hash, and its instant.</summary>
    internal static byte[] Checkpoint(RegistryId registry, long sequence, EventHash head, Instant instant)
    {
        var w = new Writer(CheckpointTag, 5 + 8 + EventHash.Length + 9);
        w.Registry(registry);
        w.I64(sequence);
        w.Hash(head);
        w.Time(instant);
        return w.Done();
    }

    private ref struct Writer
    {
        private readonly byte[] bytes;
        private int at;

        public Writer(string tag, int rest)
        {
            bytes = new byte[2 + tag.Length + rest];
            BinaryPrimitives.WriteUInt16BigEndian(bytes, (ushort)tag.Length);
            at = 2 + Encoding.ASCII.GetBytes(tag, bytes.AsSpan(2));
        }

        public void Registry(RegistryId registry)
        {
            registry.WriteAscii(bytes.AsSpan(at, 5));
            at += 5;
        }

        public void I64(long value)
        {
            BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(at, 8), value);
            at += 8;
        }

        public void Hash(EventHash hash)
        {
            hash.CopyTo(bytes.AsSpan(at, EventHash.Length));
            at += EventHash.Length;
        }

        public void Time(Instant instant)
        {
            long ticks = instant.ToUnixTimeTicks();
            I64(ticks);
            bytes[at++] = (byte)(instant - Instant.FromUnixTimeTicks(ticks)).ToInt64Nanoseconds();
        }

        public readonly byte[] Done() => at == bytes.Length ? bytes : throw new InvalidOperationException("Signed bytes were not filled");
    }
}
