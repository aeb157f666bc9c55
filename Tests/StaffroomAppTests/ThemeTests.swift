import Foundation
import Testing
import StaffroomTerminal
import StaffroomThemes
@testable import StaffroomApp

@Suite struct ThemeTests {
    @Test func everyBuiltInThemeParsesAndStylesEveryRole() throws {
        for name in BuiltInThemes.names {
            let source = try #require(BuiltInThemes.source(named: name))
            let theme = try ThemeParser.parse(source, name: name, file: "Themes/\(name).toml")
            for role in ThemeRole.allCases {
                #expect(source.contains("\n\(role.rawValue) = "), "\(name) styles \(role.rawValue)")
            }
            #expect(theme[.selection] != .plain, "\(name) makes the selection visible")
        }
    }

    @Test func theMonochromeThemeUsesNoColours() throws {
        let theme = ThemeLoader.builtIn("monochrome")
        for role in ThemeRole.allCases {
            #expect(theme[role].foreground == .standard && theme[role].background == .standard)
        }
        #expect(theme[.selection].attributes.contains(.reverse))
    }

    @Test func stylesAreReadFromColoursAndAttributes() throws {
        #expect(try ThemeParser.parseStyle("black on cyan, bold") ==
                Style(foreground: .indexed(0), background: .indexed(6), attributes: .bold))
        #expect(try ThemeParser.parseStyle("color208, underline, reverse") ==
                Style(foreground: .indexed(208), attributes: [.underline, .reverse]))
        #expect(try ThemeParser.parseStyle("on bright-blue") == Style(background: .indexed(12)))
        #expect(try ThemeParser.parseStyle("default") == .plain)
    }

    @Test func aBadThemeNamesTheFileAndLine() {
        let source = "# mine\n[styles]\nselection = \"black on cyan\"\nunread = \"purplish, bold\"\n"
        #expect {
            try ThemeParser.parse(source, name: "mine", file: "/home/anna/.config/staffroom/themes/mine.toml")
        } throws: { error in
            guard let error = error as? ThemeError else { return false }
            return error.line == 4 && error.message.hasPrefix("/home/anna/.config/staffroom/themes/mine.toml:4: ")
                && error.reason.contains("purplish")
        }
        #expect(throws: ThemeError.self) { try ThemeParser.parse("[styles]\nselection = \"black on\n", name: "x", file: "x.toml") }
        #expect {
            try ThemeParser.parse("[styles]\n\ntop_bar_active = \"bold\"\ntop_bar = 7\n", name: "x", file: "x.toml")
        } throws: { ($0 as? ThemeError)?.line == 4 }
        #expect { try ThemeParser.parse("[styles]\nsparkle = \"bold\"\n", name: "x", file: "x.toml") }
            throws: { ($0 as? ThemeError)?.reason.contains("unknown style") == true }
    }

    @Test func noColorOrAColourlessTerminalGivesMonochrome() {
        let colourful = ThemeLoader.load(requested: "high-contrast", noColor: true, terminalHasColor: true, userThemesDirectory: "/nonexistent")
        #expect(colourful.theme.name == "monochrome" && colourful.problem == nil)
        let dumb = ThemeLoader.load(requested: nil, noColor: false, terminalHasColor: false, userThemesDirectory: "/nonexistent")
        #expect(dumb.theme.name == "monochrome")
    }

    @Test func aMissingOrBrokenThemeFallsBackToTheDefaultWithTheReason() throws {
        let folder = NSTemporaryDirectory() + "staffroom-themes-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "[styles]\nselection = \"white on magenta\"\n".write(toFile: folder + "/calm.toml", atomically: true, encoding: .utf8)
        try "[styles]\nselection = \"white on nowhere\"\n".write(toFile: folder + "/broken.toml", atomically: true, encoding: .utf8)

        let mine = ThemeLoader.load(requested: "calm", noColor: false, terminalHasColor: true, userThemesDirectory: folder)
        #expect(mine.problem == nil)
        #expect(mine.theme[.selection] == Style(foreground: .indexed(7), background: .indexed(5)))
        #expect(mine.theme[.topBar] == ThemeLoader.builtIn("default")[.topBar], "unstyled roles come from the default")

        let broken = ThemeLoader.load(requested: "broken", noColor: false, terminalHasColor: true, userThemesDirectory: folder)
        #expect(broken.theme == ThemeLoader.builtIn("default"))
        #expect(broken.problem?.message.hasPrefix(folder + "/broken.toml:2: ") == true)

        let missing = ThemeLoader.load(requested: "neon", noColor: false, terminalHasColor: true, userThemesDirectory: folder)
        #expect(missing.theme.name == "default")
        #expect(missing.problem?.reason.contains("no such theme") == true)

        let builtIn = ThemeLoader.load(requested: "high-contrast", noColor: false, terminalHasColor: true, userThemesDirectory: folder)
        #expect(builtIn.theme.name == "high-contrast" && builtIn.problem == nil)
    }

    @Test func aThemeProblemIsShownInTheStatusLine() {
        var state = AppFixture.withForums(language: .english)
        state.notice = .themeProblem("mine.toml:4: unknown colour")
        #expect(render(state).lines[23].contains("theme not loaded, using the default: mine.toml:4: unknown colour"))
    }
}

@Suite struct ConfigTests {
    @Test func readsTheKnownSettings() {
        let (config, problem) = ClientConfig.parse("server = \"http://x:8080\"\nuser = \"anna\"\ntheme = \"high-contrast\"\nlanguage = \"ru\"\n",
                                                   file: "config.toml")
        #expect(problem == nil)
        #expect(config == ClientConfig(server: "http://x:8080", user: "anna", theme: "high-contrast", language: .russian))
    }

    @Test func reportsProblemsWithFileAndLine() {
        let broken = ClientConfig.parse("server = \"http://x\nuser = 1\n", file: "/c/config.toml")
        #expect(broken.problem?.message.hasPrefix("/c/config.toml:1:") == true)
        let unknown = ClientConfig.parse("colour = \"red\"\ntheme = \"monochrome\"\n", file: "/c/config.toml")
        #expect(unknown.problem?.message.contains("unknown setting “colour”") == true)
        #expect(unknown.config.theme == "monochrome", "the readable settings are kept")
    }

    @Test func writingALoginKeepsOtherSettings() throws {
        let path = NSTemporaryDirectory() + "staffroom-config-\(UUID().uuidString)/config.toml"
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        try ClientConfig(theme: "monochrome", language: .english).writeLogin(server: "http://a:1", user: "olga \"o\"", to: path)
        let (config, problem) = ClientConfig.load(from: path)
        #expect(problem == nil)
        #expect(config == ClientConfig(server: "http://a:1", user: "olga \"o\"", theme: "monochrome", language: .english))
    }

    @Test func pathsFollowXDG() {
        let custom = AppPaths.fromEnvironment(["HOME": "/home/anna", "XDG_DATA_HOME": "/data", "XDG_CONFIG_HOME": "/conf"])
        #expect(custom.storeFile == "/data/staffroom/staffroom.sqlite")
        #expect(custom.configFile == "/conf/staffroom/config.toml")
        let defaults = AppPaths.fromEnvironment(["HOME": "/home/anna", "XDG_DATA_HOME": "relative/ignored"])
        #expect(defaults.storeFile == "/home/anna/.local/share/staffroom/staffroom.sqlite")
        #expect(defaults.themesDirectory == "/home/anna/.config/staffroom/themes")
    }
}
