using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace CarbonLedger.Registry.State;

/// <summary>
/// Cache prefetch hints for objects the writer is about to read. On a large registry an operation's accounts, their
/// tree nodes and the actor's name are usually not in the CPU cache; asking for them early lets their memory loads
/// overlap instead of waiting for each in turn. A hint never changes a result: the hint itself reads nothing and
/// cannot fault, and if the garbage collector moves the object in between, it is merely wasted. (Finding the address
/// may read state, such as the directory or a tree's branches, without changing it.) Without SSE it does nothing.
/// </summary>
internal static class Prefetch
{
    private const int LineSize = 64;

    /// <summary>Asks for the first <paramref name="lines"/> cache lines of <paramref name="target"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static unsafe void Object(object? target, int lines = 1)
    {
        if (Sse.IsSupported && target is not null)
        {
            byte* address = *(byte**)Unsafe.AsPointer(ref target);
            for (int i = 0; i < lines; i++)
            {
                Sse.Prefetch0(address + (i * LineSize));
            }
        }
    }
}
