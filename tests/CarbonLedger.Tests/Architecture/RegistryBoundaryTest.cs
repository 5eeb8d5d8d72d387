using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Registry;
using CarbonLedger.Registry.State;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Xunit;

namespace CarbonLedger.Tests.Architecture;

/// <summary>
/// Article 6 is a layer over the registry and must be written against the registry's public API alone, as code in
/// another assembly would be. Both live in one assembly (one NuGet package), so the compiler would let Article 6 call
/// the registry's internals; this test reads the compiled IL instead and fails on every internal registry type or
/// member that an Article 6 type names — in a signature, a field, a local or an instruction.
/// </summary>
public class RegistryBoundaryTest
{
    private const string RegistryNamespace = "CarbonLedger.Registry";

    [Fact]
    public void Article6_UsesOnlyTheRegistrysPublicApi()
    {
        using AssemblyDefinition library = Read(typeof(Ledger));
        IEnumerable<TypeDefinition> article6 = AllTypes(library.MainModule)
            .Where(t => Outermost(t).Namespace is "CarbonLedger.Article6" || Outermost(t).Namespace.StartsWith("CarbonLedger.Article6.", StringComparison.Ordinal));

        SortedSet<string> uses = InternalRegistryUses(article6, library.MainModule);

        Assert.True(uses.Count == 0, "Article 6 uses internal registry members:\n" + string.Join("\n", uses));
    }

    [Fact]
    public void InternalRegistryUses_ProbeThatReadsLedgerState_IsReported()
    {
        // The scanner must see through properties, static calls and generic arguments: the probe below does each.
        using AssemblyDefinition tests = Read(typeof(RegistryBoundaryTest));
        using AssemblyDefinition library = Read(typeof(Ledger));
        TypeDefinition probe = tests.MainModule.GetType(typeof(InternalUseProbe).FullName!.Replace('+', '/'));

        SortedSet<string> uses = InternalRegistryUses([probe], library.MainModule);

        Assert.Contains(uses, u => u.Contains("LedgerSnapshot::get_State", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.Contains("LedgerState::CheckHolder", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.Contains("CarbonLedger.Registry.State.AccountSlot", StringComparison.Ordinal));
        Assert.DoesNotContain(uses, u => u.Contains("LedgerSnapshot::GetAccount", StringComparison.Ordinal));
    }

    /// <summary>Uses of the registry's internals, on purpose, for the scanner's own test.</summary>
    private static class InternalUseProbe
    {
        internal static Account Use(LedgerSnapshot snapshot, ActorId actor, AccountId account)
        {
            var slots = new List<AccountSlot> { snapshot.State.RequireSlot(account, out _) };
            LedgerState.CheckHolder(actor, slots[0]);
            return snapshot.GetAccount(account);
        }
    }

    private static SortedSet<string> InternalRegistryUses(IEnumerable<TypeDefinition> types, ModuleDefinition registryModule)
    {
        var uses = new SortedSet<string>(StringComparer.Ordinal);
        foreach (TypeDefinition type in types)
        {
            var scan = new Scan(type.FullName, registryModule, uses);
            scan.Type(type.BaseType);
            foreach (InterfaceImplementation i in type.Interfaces)
            {
                scan.Type(i.InterfaceType);
            }
            foreach (FieldDefinition f in type.Fields)
            {
                scan.Type(f.FieldType);
            }
            foreach (MethodDefinition m in type.Methods)
            {
                scan.Signature(m);
                if (!m.HasBody)
                {
                    continue;
                }
                foreach (VariableDefinition v in m.Body.Variables)
                {
                    scan.Type(v.VariableType);
                }
                foreach (Instruction instruction in m.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case MethodReference method:
                            scan.Member(method);
                            break;
                        case FieldReference field:
                            scan.Member(field);
                            break;
                        case TypeReference t:
                            scan.Type(t);
                            break;
                        default:
                            break;
                    }
                }
            }
        }
        return uses;
    }

    /// <summary>Reads the assembly of <paramref name="type"/>, resolving references from the test's output folder.</summary>
    private static AssemblyDefinition Read(Type type)
    {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(AppContext.BaseDirectory);
        return AssemblyDefinition.ReadAssembly(type.Assembly.Location, new ReaderParameters { AssemblyResolver = resolver });
    }

    private static IEnumerable<TypeDefinition> AllTypes(ModuleDefinition module) =>
        module.Types.SelectMany(static t => Nested(t));

    private static IEnumerable<TypeDefinition> Nested(TypeDefinition type) =>
        [type, .. type.NestedTypes.SelectMany(static n => Nested(n))];

    private static TypeDefinition Outermost(TypeDefinition type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    private static bool IsVisible(TypeDefinition type) =>
        type.IsPublic || (type.IsNestedPublic && IsVisible(type.DeclaringType));

    /// <summary>Collects, for one type being scanned, every registry type or member it names that is not public.</summary>
    private sealed class Scan(string user, ModuleDefinition registryModule, SortedSet<string> uses)
    {
        internal void Signature(MethodReference method)
        {
            Type(method.ReturnType);
            foreach (ParameterDefinition p in method.Parameters)
            {
                Type(p.ParameterType);
            }
            if (method is GenericInstanceMethod generic)
            {
                foreach (TypeReference argument in generic.GenericArguments)
                {
                    Type(argument);
                }
            }
        }

        internal void Member(MemberReference member)
        {
            Type(member.DeclaringType);
            if (member is MethodReference method)
            {
                Signature(method);
            }
            else if (member is FieldReference field)
            {
                Type(field.FieldType);
            }
            if (!InRegistryModule(member.DeclaringType))
            {
                return;
            }
            IMemberDefinition? definition = member switch
            {
                MethodReference m => m.Resolve(),
                FieldReference f => f.Resolve(),
                _ => null,
            };
            if (definition is null || !InRegistry(definition.DeclaringType))
            {
                return;
            }
            bool isPublic = definition switch
            {
                MethodDefinition m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
                FieldDefinition f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
                _ => true,
            };
            if (!isPublic)
            {
                uses.Add($"{user} -> {definition.DeclaringType.FullName}::{definition.Name}");
            }
        }

        internal void Type(TypeReference? type)
        {
            switch (type)
            {
                case null or GenericParameter:
                    return;
                case GenericInstanceType generic:
                    Type(generic.ElementType);
                    foreach (TypeReference argument in generic.GenericArguments)
                    {
                        Type(argument);
                    }
                    return;
                case TypeSpecification specification:
                    Type(specification.ElementType);
                    return;
                default:
                    break;
            }
            if (!InRegistryModule(type))
            {
                return;
            }
            TypeDefinition? definition = type.Resolve();
            if (definition is not null && InRegistry(definition) && !IsVisible(definition))
            {
                uses.Add($"{user} -> {definition.FullName}");
            }
        }

        private bool InRegistryModule(TypeReference type) =>
            type.Scope is ModuleDefinition m ? m.Assembly.Name.Name == registryModule.Assembly.Name.Name
            : type.Scope is AssemblyNameReference a && a.Name == registryModule.Assembly.Name.Name;

        private static bool InRegistry(TypeDefinition type)
        {
            string ns = Outermost(type).Namespace;
            return ns == RegistryNamespace || ns.StartsWith(RegistryNamespace + ".", StringComparison.Ordinal);
        }
    }
}
