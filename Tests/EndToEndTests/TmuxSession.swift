import Foundation

/// A program running in a private tmux server, driven with `send-keys` and read with `capture-pane`.
final class TmuxSession {
    private let socket = "staffroom-e2e-\(UUID().uuidString.prefix(8))"
    let statusFile: String

    /// Starts `command` (arguments are quoted for the shell) in a `columns`×`rows` window with
    /// exactly the given environment (nothing inherited: the test runner sets NO_COLOR, for one);
    /// its exit status is written to `statusFile`.
    init(_ command: [String], environment: [String: String], columns: Int = 80, rows: Int = 24, folder: String) throws {
        statusFile = folder + "/exit-status-\(socket)"
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }
        let line = (["env", "-i"] + assignments + command.map(Self.quote)).joined(separator: " ")
            + "; echo $? > \(Self.quote(statusFile)); sleep 60"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", line])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Sends keys by tmux names (`Enter`, `Escape`, `PageDown`) or literal text.
    func send(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    /// The screen as text; with `escapes`, colours and attributes as escape sequences too.
    func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : []))
    }

    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// Waits until the screen contains every one of `texts`; fails with the screen after `timeout`.
    /// Waiting sleeps asynchronously, so other tests keep their threads. The bound is generous: it
    /// costs nothing when the text comes, and with the whole suite running on two cores a client
    /// that seeds, logs in and syncs before its first paint can take over 20 s.
    @discardableResult
    func waitFor(_ texts: String..., timeout: TimeInterval = 120) async throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let screen = try capture()
            if texts.allSatisfy(screen.contains) { return screen }
            try await Task.sleep(for: .milliseconds(50))
        }
        // A last look: a test starved of its thread past the deadline still sees the screen as it is.
        let screen = try capture()
        if texts.allSatisfy(screen.contains) { return screen }
        throw E2EFailure("timed out waiting for \(texts) on the screen:\n\(screen)")
    }

    /// Waits until the screen no longer contains `text`.
    func waitForAbsence(of text: String, timeout: TimeInterval = 60) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try !capture().contains(text) { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw E2EFailure("“\(text)” is still on the screen:\n\(try capture())")
    }

    /// Waits for the program to exit and returns its status.
    func waitForExit(timeout: TimeInterval = 60) async throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: statusFile, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw E2EFailure("the program did not exit; screen:\n\(try capture())")
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let child = try ChildProcess("/usr/bin/tmux", ["-L", socket] + arguments)
        _ = child.waitBlocking()
        defer { try? FileManager.default.removeItem(atPath: child.outputPath) }
        return child.output
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

struct E2EFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A child process started with `posix_spawn`, its output going to a file (not a pipe: a tmux
/// server started by the command would hold a pipe open forever).
struct ChildProcess {
    let pid: pid_t
    let outputPath: String

    init(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws {
        outputPath = NSTemporaryDirectory() + "staffroom-e2e-output-\(UUID().uuidString)"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let environment = environment ?? ProcessInfo.processInfo.environment
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard status == 0 else { throw E2EFailure("cannot start \(executable): \(status)") }
        self.pid = pid
    }

    /// What the process wrote so far.
    var output: String {
        FileManager.default.contents(atPath: outputPath).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Waits for the process to end, blocking the thread; for programs that end at once (tmux).
    func waitBlocking() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return Self.exitStatus(status)
    }

    /// Waits for the process to end without holding a thread (tests share a small pool of them,
    /// and a blocked one delays every other test's timers), and returns its exit status.
    func wait() async -> Int32 {
        var status: Int32 = 0
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { return Self.exitStatus(status) }
            if reaped == -1 && errno != EINTR { return -1 }
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    private static func exitStatus(_ status: Int32) -> Int32 {
        (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Asks the process to stop, waits for it and removes its output file.
    func stop() {
        kill(pid, SIGTERM)
        _ = waitBlocking()
        try? FileManager.default.removeItem(atPath: outputPath)
    }
}

/// Starts `staffroomd serve` (on a free port unless `port` is given) and returns it with its URL.
func startServer(database: String, port: Int = 0) async throws -> (ChildProcess, String) {
    let server = try ChildProcess(Binaries.server, ["serve", "--db", database, "--port", "\(port)"])
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline {
        let text = server.output
        if let range = text.range(of: #"listening on http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
            return (server, String(text[range].dropFirst("listening on ".count)))
        }
        try await Task.sleep(for: .milliseconds(50))
    }
    server.stop()
    throw E2EFailure("staffroomd did not start:\n\(server.output)")
}

/// Runs a program to completion and returns its status and output (standard output and error).
@discardableResult
func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) async throws -> (status: Int32, output: String) {
    let child = try ChildProcess(executable, arguments, environment: environment)
    let status = await child.wait()
    defer { try? FileManager.default.removeItem(atPath: child.outputPath) }
    return (status, child.output)
}

/// Where the built `staffroom` and `staffroomd` binaries are: next to this test bundle.
enum Binaries {
    static var folder: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if FileManager.default.isExecutableFile(atPath: bundle.appendingPathComponent("staffroom").path) { return bundle.path }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug").path
    }

    static var client: String { folder + "/staffroom" }
    static var server: String { folder + "/staffroomd" }
}

/// A private folder for one test, standing in for HOME, XDG folders and TMPDIR.
struct Sandbox {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "staffroom-e2e-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path + "/tmp", withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// The environment a client process runs with: a UTF-8 terminal and folders inside the sandbox.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": path, "XDG_DATA_HOME": path + "/data",
         "XDG_CONFIG_HOME": path + "/config", "TMPDIR": path + "/tmp", "PATH": "/usr/bin:/bin"].merging(extra) { $1 }
    }

    /// Entries left in the sandbox's TMPDIR.
    func temporaryEntries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path + "/tmp")
    }
}

/// `staffroomd` serving the demo network from a database in `sandbox`, and anna.smirnova logged in
/// to it there (English interface). Returns the server, its URL and the client's environment.
func demoServerWithAnnaLoggedIn(_ sandbox: Sandbox) async throws -> (server: ChildProcess, url: String, database: String,
                                                                      environment: [String: String]) {
    let database = sandbox.path + "/server.sqlite"
    let seeded = try await run(Binaries.server, ["seed-demo", "--db", database])
    guard seeded.status == 0 else { throw E2EFailure("seeding failed: \(seeded.output)") }
    let (server, url) = try await startServer(database: database)
    let environment = sandbox.environment(["LANG": "en_GB.UTF-8"])
    try "demo\n".write(toFile: sandbox.path + "/password", atomically: true, encoding: .utf8)
    let login = try await run(Binaries.client, ["login", "--server", url, "--user", "anna.smirnova", "--password-file",
                                                sandbox.path + "/password"], environment: environment)
    guard login.status == 0 else {
        server.stop()
        throw E2EFailure("login failed: \(login.output)")
    }
    return (server, url, database, environment)
}

/// Signs in to the server at `url` as the demo member `username` over HTTP and pushes one write
/// (`action` as the protocol's JSON), as any other client would; returns its outcome.
func pushAsDemoMember(_ username: String, action: String, server url: String) async throws -> String {
    let script = """
        import json, sys, urllib.request
        base, user, action = sys.argv[1:4]
        def post(path, payload, token=None):
            request = urllib.request.Request(base + path, data=json.dumps(payload).encode(), method="POST",
                                             headers={"Content-Type": "application/json", **({"Authorization": "Bearer " + token} if token else {})})
            return json.load(urllib.request.urlopen(request))
        token = post("/v1/login", {"username": user, "password": "demo"})["token"]
        page = post("/v1/sync", {"device": "e2e-" + user, "cursor": None, "limit": 1,
                                 "mutations": [{"sequence": 1, "clientID": "e2e-write", "action": json.loads(action)}]}, token)
        print(page["results"][0]["outcome"])
        """
    return try await run("/usr/bin/python3", ["-c", script, url, username, action]).output.trimmingCharacters(in: .whitespacesAndNewlines)
}
