namespace CarbonLedger.Storage;

/// <summary>Why a store refused or failed a request (see <see cref="RegistryStoreException"/>).</summary>
public enum StoreFailure
{
    /// <summary>Another writer holds the registry's writer lease.</summary>
    Locked = 1,

    /// <summary>The store was opened read-only, or its file or database cannot be written.</summary>
    ReadOnly = 2,

    /// <summary>The store was written by a newer version of the schema than this library knows.</summary>
    NewerSchema = 3,

    /// <summary>The store's content is damaged: unreadable, or its history fails verification.</summary>
    Corrupt = 4,

    /// <summary>A write failed (for example the disk is full); nothing of it was kept.</summary>
    WriteFailed = 5,

    /// <summary>The rows would break the store's order or uniqueness (another writer appended, or a sequence is taken).</summary>
    Conflict = 6,
}
