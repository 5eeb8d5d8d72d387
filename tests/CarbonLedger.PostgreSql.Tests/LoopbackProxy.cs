using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CarbonLedger.PostgreSql.Tests;

/// <summary>
/// A TCP proxy on 127.0.0.1 in front of the test server, that can cut a connection right after the client sent a
/// message holding a given text (such as COMMIT), before the server's answer reaches the client: the one failure a
/// writer cannot tell from a lost request without asking the server again.
/// </summary>
internal sealed class LoopbackProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly string host;
    private readonly int port;
    private readonly CancellationTokenSource stop = new();
    private string? cutAfter;

    internal LoopbackProxy(string host, int port)
    {
        this.host = host;
        this.port = port;
        listener.Start();
        _ = AcceptLoopAsync();
    }

    internal int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>How many connections were cut so far.</summary>
    internal int Cuts { get; private set; }

    /// <summary>Cuts the next connection whose client sends <paramref name="text"/>, once.</summary>
    internal void CutAfterClientSends(string text) => cutAfter = text;

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = PipeAsync(client);
        }
    }

    private async Task PipeAsync(TcpClient client)
    {
        using TcpClient c = client;
        using var server = new TcpClient();
        await server.ConnectAsync(host, port);
        using var cut = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        NetworkStream fromClient = c.GetStream();
        NetworkStream toServer = server.GetStream();
        Task up = ForwardAsync(fromClient, toServer, watch: true, cut);
        Task down = ForwardAsync(toServer, fromClient, watch: false, cut);
        await Task.WhenAny(up, down);
        await cut.CancelAsync();
    }

    private async Task ForwardAsync(NetworkStream from, NetworkStream to, bool watch, CancellationTokenSource cut)
    {
        byte[] buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                int n = await from.ReadAsync(buffer, cut.Token);
                if (n == 0)
                {
                    return;
                }
                await to.WriteAsync(buffer.AsMemory(0, n), cut.Token);
                if (watch && cutAfter is { } text && Encoding.ASCII.GetString(buffer, 0, n).Contains(text, StringComparison.Ordinal))
                {
                    cutAfter = null;
                    Cuts++;
                    await Task.Delay(500);   // let the server carry the message out; its answer is never forwarded
                    await cut.CancelAsync();
                    return;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or System.IO.IOException or ObjectDisposedException)
        {
        }
    }
}
