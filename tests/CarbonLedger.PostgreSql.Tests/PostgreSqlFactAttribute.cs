using Xunit;

namespace CarbonLedger.PostgreSql.Tests;

/// <summary>
/// A test that needs the throwaway PostgreSQL servers of <c>eng/postgres/start.sh</c>. Without them it is skipped
/// locally, with a message naming the script; in CI (<c>CI=true</c>) it runs anyway and fails, so that a server that
/// did not start can never pass as skipped tests.
/// </summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (PostgreSqlServer.Primary is null && !PostgreSqlServer.InCi)
        {
            Skip = "No PostgreSQL server: run `eng/postgres/start.sh` and `source /tmp/carbonledger-pg/env` (it sets " +
                "CARBONLEDGER_PG_PRIMARY and CARBONLEDGER_PG_REPLICA), then run the tests again";
        }
    }
}
