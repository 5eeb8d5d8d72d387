using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Serialization;
using CarbonLedger.Registry.State;
using CarbonLedger.Serials;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace CarbonLedger.Tests.Registry;

/// <summary>
/// Model-based property test: long seeded random sequences of operations (valid and invalid) run against two
/// registries and against a unit-by-unit reference model; after every step every guarantee is checked.
/// </summary>
public class LedgerModelTest
{
    private const int Steps = 100_000;

    [Fact]
    public void RandomOperations_AgainstReferenceModel_EveryGuaranteeHoldsAfterEachStep()
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable("LEDGER_MODEL_SEED"), out int s) ? s : 20260105;
        var run = new ModelRun(seed);
        run.Execute(Steps);
        Assert.True(run.Committed > Steps / 4, $"only {run.Committed} of {Steps} operations committed (seed {seed})");
        Assert.True(run.Refused > Steps / 20, $"only {run.Refused} of {Steps} operations were refused (seed {seed})");
    }

    /// <summary>One credit of the model: where it is ordered and which attributes it has.</summary>
    private readonly record struct Unit(int Vintage, RegistryId Issuer, ProjectId Project, long Serial, AuthorizationStatus Auth, bool First)
    {
        public (RegistryId, ProjectId, long) Key => (Issuer, Project, Serial);

        public CreditAttributes Attributes => CreditAttributes.Create(Issuer, Project, Vintage, "JCM", Auth, First);

        public bool SameRun(Unit next) =>
            next.Vintage == Vintage && next.Issuer == Issuer && next.Project == Project && next.Auth == Auth && next.First == First && next.Serial == Serial + 1;
    }

    private sealed class UnitOrder : IComparer<Unit>
    {
        public static readonly UnitOrder Instance = new();

        public int Compare(Unit a, Unit b)
        {
            int c = a.Vintage.CompareTo(b.Vintage);
            if (c == 0)
            {
                c = a.Issuer.CompareTo(b.Issuer);
            }
            if (c == 0)
            {
                c = HoldingKey.CompareProjects(a.Project.Value, b.Project.Value);
            }
            return c != 0 ? c : a.Serial.CompareTo(b.Serial);
        }
    }

    /// <summary>The reference model of one registry: every credit individually.</summary>
    private sealed class RegistryModel
    {
        public RegistryModel(Ledger ledger, FakeClock clock, ActorId admin)
        {
            Ledger = ledger;
            Clock = clock;
            Admin = admin;
        }

        public Ledger Ledger { get; }

        public FakeClock Clock { get; }

        public ActorId Admin { get; }

        public RegistryId Id => Ledger.Registry;

        public List<Account> Accounts { get; } = [];

        public Dictionary<AccountId, SortedSet<Unit>> Available { get; } = [];

        public Dictionary<OperationId, (AccountId Account, List<Unit> Units)> Reservations { get; } = [];

        public HashSet<(ProjectId, long)> IssuedHere { get; } = [];

        public Dictionary<(RegistryId, ProjectId, long), Unit> Present { get; } = [];

        public Dictionary<(RegistryId, ProjectId, int), (long Issued, long Acquired, long Out)> Flows { get; } = [];

        public long NextSerial { get; set; } = 1;

        public Account AccountOf(AccountId id) => Accounts.First(a => a.Id == id);

        public void Add(AccountId account, Unit u)
        {
            Available[account].Add(u);
            Present[u.Key] = u;
        }

        public void Flow((RegistryId, ProjectId, int) key, long issued = 0, long acquired = 0, long outgoing = 0)
        {
            var f = Flows.GetValueOrDefault(key);
            Flows[key] = (f.Issued + issued, f.Acquired + acquired, f.Out + outgoing);
        }
    }

    private sealed class ModelRun
    {
        private static readonly ProjectId[] Projects = [ProjectId.Parse("KZ001"), ProjectId.Parse("KZ002"), ProjectId.Parse("ID009")];
        private static readonly int[] Vintages = [2023, 2024, 2025];
        private static readonly ActorId[] Holders = [ActorId.Create("Government of Japan"), ActorId.Create("Mayekawa"), ActorId.Create("Government of Kazakhstan")];

        private const int EpochSteps = 10_000;

        private readonly Random random;
        private RegistryModel[] registries;
        private readonly List<(RegistryModel Registry, LedgerEvent First, Func<LedgerEvent> Run, Func<LedgerEvent> Different)> done = [];
        private readonly List<(RegistryModel Registry, Instant Instant, string Text)> checkpoints = [];
        private int nextId;
        private int step;

        public ModelRun(int seed)
        {
            random = new Random(seed);
            registries = [Create("JPN01", "JPN01 administrator"), Create("KAZ01", "KAZ01 administrator")];
        }

        public int Committed { get; private set; }

        public int Refused { get; private set; }

        /// <summary>Runs <paramref name="steps"/> steps in epochs of 10,000, each on two fresh registries, so the model stays small.</summary>
        public void Execute(int steps)
        {
            for (int epoch = 0; epoch * EpochSteps < steps; epoch++)
            {
                if (epoch > 0)
                {
                    registries = [Create("JPN01", "JPN01 administrator"), Create("KAZ01", "KAZ01 administrator")];
                    done.Clear();
                    checkpoints.Clear();
                }
                RunEpoch(Math.Min(EpochSteps, steps - (epoch * EpochSteps)));
            }
            CheckJsonRoundTrip();
        }

        private void RunEpoch(int steps)
        {
            foreach (RegistryModel r in registries)
            {
                OpenAccounts(r);
            }
            for (step = 0; step < steps; step++)
            {
                RegistryModel r = registries[random.Next(2)];
                LedgerSnapshot before = r.Ledger.Current;
                LedgerSnapshot otherBefore = registries[r == registries[0] ? 1 : 0].Ledger.Current;
                (Type? expected, AccountId[] touched) = StepOnce(r);
                LedgerSnapshot after = r.Ledger.Current;
                if (expected == typeof(void))
                {
                    Assert.Same(before, after);
                }
                else if (expected is not null)
                {
                    Refused++;
                    Assert.Same(before, after);
                }
                else
                {
                    CheckNewEvents(before, after);
                }
                foreach (AccountId a in touched)
                {
                    RegistryModel owner = registries.First(x => x.Id == a.Registry);
                    if (owner.Ledger.Current.HasAccount(a))
                    {
                        CheckAccount(owner, a);
                    }
                }
                CheckBalances(r);
                if (step % 997 == 0)
                {
                    foreach (RegistryModel x in registries)
                    {
                        CheckEverything(x);
                    }
                    checkpoints.Add((r, r.Ledger.Current.LastEventInstant, LedgerSnapshotText.Of(r.Ledger.Current)));
                    _ = otherBefore;
                }
            }
            CheckReplayAndAsOf();
        }

        /// <summary>The histories survive a JSON Lines round trip with their hash chains, and replay to the live state.</summary>
        public void CheckJsonRoundTrip()
        {
            foreach (RegistryModel x in registries)
            {
                IReadOnlyList<LedgerEvent> imported = LedgerJsonLines.FromJsonLines(LedgerJsonLines.ToJsonLines(x.Ledger.Current.Events));
                Ledger replayed = Ledger.Replay(imported, x.Clock, x.Ledger.Current.HeadHash);
                Assert.Equal(LedgerSnapshotText.Of(x.Ledger.Current), LedgerSnapshotText.Of(replayed.Current));
            }
        }

        private static RegistryModel Create(string id, string admin)
        {
            var clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0), Duration.FromMinutes(1));
            var administrator = ActorId.Create(admin);
            return new RegistryModel(Ledger.Create(RegistryId.Parse(id), administrator, clock), clock, administrator);
        }

        private OperationId NewId() => OperationId.Create("m" + nextId++);

        private void OpenAccounts(RegistryModel r)
        {
            AccountType[] types = [AccountType.Pending, AccountType.GovernmentHolding, AccountType.EntityHolding, AccountType.EntityHolding, AccountType.Buffer,
                AccountType.AdaptationFund, AccountType.Cancellation, AccountType.OmgeCancellation, AccountType.Retirement];
            for (int i = 0; i < types.Length; i++)
            {
                ActorId holder = types[i].IsTerminal() || types[i] == AccountType.Pending ? r.Admin : Holders[i % Holders.Length];
                var account = Account.Create(AccountId.Create(r.Id, i + 1), holder, types[i]);
                r.Ledger.OpenAccount(NewId(), r.Admin, account);
                r.Accounts.Add(account);
                r.Available[account.Id] = new SortedSet<Unit>(UnitOrder.Instance);
            }
        }

        // ---------------- one random step ----------------

        private (Type? Expected, AccountId[] Touched) StepOnce(RegistryModel r)
        {
            int dice = random.Next(100);
            return dice switch
            {
                < 12 => Issue(r),
                < 40 => Move(r, LedgerEventKind.CreditsTransferred),
                < 47 => Move(r, LedgerEventKind.CreditsCancelled),
                < 53 => Move(r, LedgerEventKind.CreditsRetired),
                < 63 => International(r),
                < 71 => Reserve(r),
                < 78 => Release(r),
                < 84 => Mark(r),
                _ => Repeat(),
            };
        }

        private ActorId RandomActor(RegistryModel r, ActorId proper) =>
            random.Next(100) < 88 ? proper : random.Next(2) == 0 ? r.Admin : Holders[random.Next(Holders.Length)];

        private Account RandomAccount(RegistryModel r) => r.Accounts[random.Next(r.Accounts.Count)];

        /// <summary>Mostly a non-terminal account (credits can leave it), sometimes any account.</summary>
        private Account RandomSource(RegistryModel r) => random.Next(100) < 85 ? r.Accounts[random.Next(6)] : RandomAccount(r);

        private (Type? Expected, AccountId[] Touched) Issue(RegistryModel r)
        {
            Account to = RandomAccount(r);
            ActorId actor = random.Next(100) < 92 ? r.Admin : Holders[random.Next(Holders.Length)];
            ProjectId project = Projects[random.Next(Projects.Length)];
            int vintage = Vintages[random.Next(Vintages.Length)];
            long count = random.Next(1, 25);
            bool reuse = random.Next(100) < 8 && r.NextSerial > 30;
            long start = reuse ? random.NextInt64(1, r.NextSerial - 1) : r.NextSerial + random.Next(0, 3);
            var block = CreditBlock.Create(SerialBlock.FromStartAndCount(start, count), CreditAttributes.Create(r.Id, project, vintage));
            int totalUnits = r.Accounts.Where(a => !a.IsTerminal).Sum(a => r.Available[a.Id].Count) + r.Reservations.Values.Sum(x => x.Units.Count);
            Type? expected = actor != r.Admin ? typeof(UnauthorizedActorException)
                : Enumerable.Range(0, (int)count).Any(i => r.IssuedHere.Contains((project, start + i))) ? typeof(SerialConflictException)
                : null;
            if (expected is null && totalUnits > 600)
            {
                return (typeof(void), []);
            }
            OperationId id = NewId();
            LedgerEvent Run() => r.Ledger.Issue(id, actor, to.Id, [block]);
            if (!Attempt(r, id, Run, () => r.Ledger.Issue(id, actor, to.Id, [block.WithBlock(SerialBlock.FromStartAndCount(start, count + 1))]), expected))
            {
                return (expected, []);
            }
            for (long s = start; s < start + count; s++)
            {
                r.IssuedHere.Add((project, s));
                r.Add(to.Id, new Unit(vintage, r.Id, project, s, AuthorizationStatus.NotAuthorized, false));
            }
            r.Flow((r.Id, project, vintage), issued: count);
            r.NextSerial = Math.Max(r.NextSerial, start + count);
            return (null, [to.Id]);
        }

        private CreditSelection RandomSelection(RegistryModel r, Account from, int maxQuantity = int.MaxValue)
        {
            SortedSet<Unit> units = r.Available[from.Id];
            if (units.Count > 0 && !from.IsTerminal && random.Next(100) < 30)
            {
                // Exact ranges: usually held serials, sometimes beyond them.
                Unit u = units.ElementAt(random.Next(units.Count));
                long length = random.Next(1, (int)Math.Min(8L, (long)maxQuantity + 1));
                return CreditSelection.Exactly(SerialRange.Create(u.Issuer, u.Project, SerialBlock.FromStartAndCount(u.Serial, length)));
            }
            long quantity = random.Next(100) < 85 && units.Count > 0 ? random.Next(1, Math.Max(2, units.Count / 2)) : random.Next(1, 60);
            quantity = Math.Min(quantity, maxQuantity);
            CreditSelection selection = CreditSelection.ByQuantity(quantity);
            if (random.Next(100) < 20)
            {
                selection = selection.InOrder(SelectionOrder.NewestVintageFirst);
            }
            if (random.Next(100) < 15)
            {
                selection = selection.ForVintage(Vintages[random.Next(Vintages.Length)]);
            }
            if (random.Next(100) < 10)
            {
                selection = selection.ForProject(Projects[random.Next(Projects.Length)]);
            }
            if (random.Next(100) < 10)
            {
                selection = selection.ForAuthorization((AuthorizationStatus)random.Next(2));
            }
            return selection;
        }

        /// <summary>What the ledger must pick, computed unit by unit; null with the refusal type when it cannot.</summary>
        private static (List<Unit>? Units, Type? Refusal) ModelPick(SortedSet<Unit> units, Dictionary<(RegistryId, ProjectId, long), Unit> present, CreditSelection selection)
        {
            if (selection.IsExact)
            {
                var picked = new List<Unit>();
                foreach (SerialRange range in selection.Ranges)
                {
                    for (long s = range.Serials.Start; s <= range.Serials.End; s++)
                    {
                        if (!present.TryGetValue((range.Issuer, range.Project, s), out Unit found) || !units.TryGetValue(found, out Unit held) || held != found)
                        {
                            return (null, typeof(CreditsNotHeldException));
                        }
                        picked.Add(found);
                    }
                }
                return (picked, null);
            }
            // Runs of consecutive serials with equal attributes are the ledger's blocks.
            var runs = new List<List<Unit>>();
            foreach (Unit u in units)
            {
                if (runs.Count > 0 && runs[^1][^1].SameRun(u))
                {
                    runs[^1].Add(u);
                }
                else
                {
                    runs.Add([u]);
                }
            }
            IEnumerable<List<Unit>> ordered = selection.Order == SelectionOrder.OldestVintageFirst
                ? runs
                : runs.GroupBy(run => run[0].Vintage).OrderByDescending(g => g.Key).SelectMany(g => g);
            var taken = new List<Unit>();
            long remaining = selection.Quantity;
            foreach (List<Unit> run in ordered)
            {
                Unit first = run[0];
                if ((selection.Vintage is { } v && first.Vintage != v) || (selection.Project is { } p && first.Project != p)
                    || (selection.Authorization is { } a && first.Auth != a))
                {
                    continue;
                }
                int take = (int)Math.Min(remaining, run.Count);
                taken.AddRange(run.Skip(run.Count - take));
                remaining -= take;
                if (remaining == 0)
                {
                    return (taken, null);
                }
            }
            return (null, typeof(InsufficientCreditsException));
        }

        private (Type? Expected, AccountId[] Touched) Move(RegistryModel r, LedgerEventKind kind)
        {
            Account from = RandomSource(r);
            AccountType cancellation = random.Next(2) == 0 ? AccountType.Cancellation : AccountType.OmgeCancellation;
            Account to = kind switch
            {
                LedgerEventKind.CreditsCancelled when random.Next(100) < 85 => r.Accounts.First(a => a.Type == cancellation),
                LedgerEventKind.CreditsRetired when random.Next(100) < 85 => r.Accounts.First(a => a.Type == AccountType.Retirement),
                _ => RandomAccount(r),
            };
            ActorId actor = RandomActor(r, from.Holder);
            CreditSelection selection = RandomSelection(r, from, kind == LedgerEventKind.CreditsTransferred ? int.MaxValue : 4);
            bool typeOk = kind switch
            {
                LedgerEventKind.CreditsCancelled => to.Type.IsCancellation(),
                LedgerEventKind.CreditsRetired => to.Type == AccountType.Retirement,
                _ => !to.Type.IsTerminal(),
            };
            Type? expected = from.Id == to.Id ? typeof(ArgumentException)
                : actor != from.Holder ? typeof(UnauthorizedActorException)
                : from.IsTerminal || !typeOk ? typeof(AccountTypeException)
                : null;
            List<Unit>? units = null;
            if (expected is null)
            {
                (units, expected) = ModelPick(r.Available[from.Id], r.Present, selection);
            }
            OperationId id = NewId();
            Func<LedgerEvent> run = kind switch
            {
                LedgerEventKind.CreditsCancelled => () => r.Ledger.Cancel(id, actor, from.Id, to.Id, selection),
                LedgerEventKind.CreditsRetired => () => r.Ledger.Retire(id, actor, from.Id, to.Id, selection, "Beneficiary " + (id.Value.Length % 3), "NDC"),
                _ => () => r.Ledger.Transfer(id, actor, from.Id, to.Id, selection),
            };
            if (!Attempt(r, id, run, () => r.Ledger.Reserve(id, actor, from.Id, selection), expected))
            {
                return (expected, []);
            }
            foreach (Unit u in units!)
            {
                r.Available[from.Id].Remove(u);
                r.Available[to.Id].Add(u);
            }
            return (null, [from.Id, to.Id]);
        }

        private (Type? Expected, AccountId[] Touched) International(RegistryModel r)
        {
            RegistryModel d = registries[r == registries[0] ? 1 : 0];
            Account from = r.Accounts[random.Next(1, 6)];
            Account to = d.Accounts[random.Next(1, 6)];
            ActorId actor = RandomActor(r, from.Holder);
            CreditSelection selection = RandomSelection(r, from);
            Type? expected = actor != from.Holder ? typeof(UnauthorizedActorException) : null;
            List<Unit>? units = null;
            if (expected is null)
            {
                (units, expected) = ModelPick(r.Available[from.Id], r.Present, selection);
            }
            if (expected is null && units!.Any(u => d.Present.ContainsKey(u.Key) || (u.Issuer == d.Id && !d.IssuedHere.Contains((u.Project, u.Serial)))))
            {
                return (typeof(void), []); // the model never sends serials the receiver would refuse; that refusal is unit-tested
            }
            OperationId id = NewId();
            LedgerSnapshot destinationBefore = d.Ledger.Current;
            LedgerEvent Run() => InternationalTransfer.Execute(r.Ledger, d.Ledger, id, actor, from.Id, to.Id, selection).Outgoing;
            if (!Attempt(r, id, Run, () => r.Ledger.Transfer(id, actor, from.Id, from.Id == r.Accounts[1].Id ? r.Accounts[2].Id : r.Accounts[1].Id, selection), expected))
            {
                Assert.Same(destinationBefore, d.Ledger.Current);
                return (expected, []);
            }
            foreach (Unit u in units!)
            {
                r.Available[from.Id].Remove(u);
                r.Present.Remove(u.Key);
                r.Flow((u.Issuer, u.Project, u.Vintage), outgoing: 1);
                d.Add(to.Id, u);
                d.Flow((u.Issuer, u.Project, u.Vintage), acquired: 1);
            }
            CheckBalances(d);
            return (null, [from.Id, to.Id]);
        }

        private (Type? Expected, AccountId[] Touched) Reserve(RegistryModel r)
        {
            Account account = RandomSource(r);
            ActorId actor = RandomActor(r, account.Holder);
            CreditSelection selection = RandomSelection(r, account);
            Type? expected = actor != account.Holder ? typeof(UnauthorizedActorException) : account.IsTerminal ? typeof(AccountTypeException) : null;
            List<Unit>? units = null;
            if (expected is null)
            {
                (units, expected) = ModelPick(r.Available[account.Id], r.Present, selection);
            }
            OperationId id = NewId();
            if (!Attempt(r, id, () => r.Ledger.Reserve(id, actor, account.Id, selection),
                () => r.Ledger.Mark(id, r.Admin, account.Id, selection, CreditMarking.SetFirstTransferred(true)), expected))
            {
                return (expected, []);
            }
            foreach (Unit u in units!)
            {
                r.Available[account.Id].Remove(u);
            }
            r.Reservations.Add(id, (account.Id, units!));
            return (null, [account.Id]);
        }

        private (Type? Expected, AccountId[] Touched) Release(RegistryModel r)
        {
            bool known = r.Reservations.Count > 0 && random.Next(100) < 85;
            OperationId reservation = known ? r.Reservations.Keys.ElementAt(random.Next(r.Reservations.Count)) : OperationId.Create("m" + random.Next(nextId));
            AccountId account = known && random.Next(100) < 90 ? r.Reservations[reservation].Account : RandomAccount(r).Id;
            ActorId actor = RandomActor(r, r.AccountOf(account).Holder);
            Type? expected = actor != r.AccountOf(account).Holder ? typeof(UnauthorizedActorException)
                : !r.Reservations.TryGetValue(reservation, out var held) || held.Account != account ? typeof(UnknownReservationException)
                : null;
            OperationId id = NewId();
            if (!Attempt(r, id, () => r.Ledger.Release(id, actor, account, reservation), () => r.Ledger.Release(id, actor, account, id), expected))
            {
                return (expected, []);
            }
            foreach (Unit u in r.Reservations[reservation].Units)
            {
                r.Available[account].Add(u);
            }
            r.Reservations.Remove(reservation);
            return (null, [account]);
        }

        private (Type? Expected, AccountId[] Touched) Mark(RegistryModel r)
        {
            Account account = RandomAccount(r);
            ActorId actor = random.Next(100) < 90 ? r.Admin : account.Holder;
            CreditSelection selection = RandomSelection(r, account);
            CreditMarking marking = random.Next(3) switch
            {
                0 => CreditMarking.Authorize((AuthorizationStatus)random.Next(4)),
                1 => CreditMarking.SetFirstTransferred(random.Next(2) == 0),
                _ => CreditMarking.Authorize((AuthorizationStatus)random.Next(4)).WithFirstTransferred(random.Next(2) == 0),
            };
            Type? expected = actor != r.Admin ? typeof(UnauthorizedActorException) : null;
            List<Unit>? units = null;
            if (expected is null)
            {
                (units, expected) = ModelPick(r.Available[account.Id], r.Present, selection);
            }
            OperationId id = NewId();
            if (!Attempt(r, id, () => r.Ledger.Mark(id, actor, account.Id, selection, marking),
                () => r.Ledger.Mark(id, actor, account.Id, selection, CreditMarking.SetFirstTransferred(marking.FirstTransferred != true)), expected))
            {
                return (expected, []);
            }
            foreach (Unit u in units!)
            {
                r.Available[account.Id].Remove(u);
                Unit marked = u with { Auth = marking.Authorization ?? u.Auth, First = marking.FirstTransferred ?? u.First };
                r.Available[account.Id].Add(marked);
                r.Present[u.Key] = marked;
            }
            return (null, [account.Id]);
        }

        private (Type? Expected, AccountId[] Touched) Repeat()
        {
            if (done.Count == 0)
            {
                return (typeof(void), []);
            }
            var (r, first, run, different) = done[random.Next(done.Count)];
            LedgerSnapshot before = r.Ledger.Current;
            if (random.Next(2) == 0)
            {
                Assert.Same(first, run());
            }
            else
            {
                Assert.Throws<OperationIdReusedException>(() => different());
            }
            Assert.Same(before, r.Ledger.Current);
            return (typeof(OperationIdReusedException), []);
        }

        /// <summary>Runs the operation; checks it was refused with <paramref name="expected"/> or committed.</summary>
        private bool Attempt(RegistryModel r, OperationId id, Func<LedgerEvent> run, Func<LedgerEvent> different, Type? expected)
        {
            if (expected is not null)
            {
                Exception ex = Assert.ThrowsAny<Exception>(run);
                Assert.True(expected.IsInstanceOfType(ex), $"step {step}: expected {expected.Name}, got {ex.GetType().Name}: {ex.Message}");
                return false;
            }
            LedgerEvent e;
            try
            {
                e = run();
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"step {step}: the model expected success but the ledger refused", ex);
            }
            Assert.Equal(id, e.OperationId);
            Committed++;
            if (done.Count < 2000)
            {
                done.Add((r, e, run, different));
            }
            return true;
        }

        // ---------------- guarantees ----------------

        private static void CheckNewEvents(LedgerSnapshot before, LedgerSnapshot after)
        {
            Assert.Equal(before.EventCount + 1, after.EventCount);
            LedgerEvent e = after.Events[^1];
            Assert.Equal(before.HeadHash, e.PreviousHash);
            Assert.Equal(HashChain.ComputeHash(e), e.Hash);
            Assert.True(e.Instant >= before.LastEventInstant);
        }

        private static List<(SerialBlock Block, CreditAttributes Attributes)> Runs(IEnumerable<Unit> units)
        {
            var result = new List<(SerialBlock, CreditAttributes)>();
            Unit? runStart = null;
            Unit? last = null;
            foreach (Unit u in units)
            {
                if (last is { } l && l.SameRun(u))
                {
                    last = u;
                    continue;
                }
                if (runStart is { } s)
                {
                    result.Add((SerialBlock.FromRange(s.Serial, last!.Value.Serial), s.Attributes));
                }
                runStart = u;
                last = u;
            }
            if (runStart is { } t)
            {
                result.Add((SerialBlock.FromRange(t.Serial, last!.Value.Serial), t.Attributes));
            }
            return result;
        }

        private void CheckAccount(RegistryModel r, AccountId account)
        {
            IReadOnlyList<CreditBlock> holdings = r.Ledger.Current.GetHoldings(account);
            List<(SerialBlock Block, CreditAttributes Attributes)> expected = Runs(r.Available[account]);
            Assert.True(expected.Count == holdings.Count, $"step {step}: account {account} holds {holdings.Count} blocks; the model has {expected.Count}");
            for (int i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Block, holdings[i].Block);
                Assert.Equal(expected[i].Attributes, holdings[i].Attributes);
            }
            Assert.Equal((long)r.Available[account].Count, r.Ledger.Current.GetBalance(account));
            Assert.Equal(r.Reservations.Values.Where(x => x.Account == account).Sum(x => (long)x.Units.Count), r.Ledger.Current.GetReservedBalance(account));
        }

        private static void CheckConservation(RegistryModel r)
        {
            foreach (CreditTotals t in r.Ledger.Current.GetTotals())
            {
                Assert.True(t.IsConserved, t.ToString());
                var f = r.Flows.GetValueOrDefault((t.Issuer, t.Project, t.Vintage));
                Assert.Equal((f.Issued, f.Acquired, f.Out), (t.Issued, t.Acquired, t.TransferredOut));
            }
        }

        /// <summary>Registry-wide conservation from the O(1) balances: issued + acquired − out = held + reserved + cancelled + retired.</summary>
        private static void CheckBalances(RegistryModel r)
        {
            LedgerSnapshot s = r.Ledger.Current;
            long stocks = 0;
            foreach (Account a in r.Accounts)
            {
                stocks += s.GetBalance(a.Id) + s.GetReservedBalance(a.Id);
            }
            long flows = r.Flows.Values.Sum(f => f.Issued + f.Acquired - f.Out);
            Assert.Equal(flows, stocks);
            Assert.Equal((long)r.Present.Count, stocks);
        }

        private void CheckEverything(RegistryModel r)
        {
            CheckConservation(r);
            foreach (Account a in r.Accounts)
            {
                CheckAccount(r, a.Id);
            }
            // No serial is held twice: every block of every account and reservation, sorted by space and start, is disjoint.
            LedgerSnapshot s = r.Ledger.Current;
            var all = s.Accounts.SelectMany(a => s.GetHoldings(a.Id)).Concat(s.Reservations.SelectMany(x => x.Blocks))
                .OrderBy(b => b.Attributes.Issuer).ThenBy(b => b.Attributes.Project.Value, StringComparer.Ordinal).ThenBy(b => b.Block.Start).ToList();
            for (int i = 1; i < all.Count; i++)
            {
                Assert.False(all[i - 1].Range.SameSpaceAs(all[i].Range) && all[i - 1].Block.Overlaps(all[i].Block), $"{all[i - 1]} overlaps {all[i]}");
            }
            Assert.Equal(r.Present.Count, all.Sum(b => b.Count));
            Assert.Equal(r.Reservations.Count, s.Reservations.Count);
        }

        private void CheckReplayAndAsOf()
        {
            foreach (RegistryModel r in registries)
            {
                Ledger replayed = Ledger.Replay(r.Ledger.Current.Events, r.Clock);
                Assert.Equal(LedgerSnapshotText.Of(r.Ledger.Current), LedgerSnapshotText.Of(replayed.Current));
            }
            foreach (var (r, instant, text) in checkpoints.Skip(Math.Max(0, checkpoints.Count - 2)))
            {
                Assert.Equal(text, LedgerSnapshotText.Of(r.Ledger.AsOf(instant)));
            }
        }
    }
}
