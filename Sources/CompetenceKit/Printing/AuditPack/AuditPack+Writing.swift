#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AuditPack {
    /// The line every page printed by competence has, which tells a folder
    /// holding an earlier pack (safe to write over) from any other folder.
    static let generatorMark = "<meta name=\"generator\" content=\"competence\">"

    /// Writes the pack into `folder`, creating it (and its parents) when
    /// missing. Each page is written atomically, the index last; pages of an
    /// earlier pack in the same folder that this one no longer has (a person
    /// who left) are removed, so the folder is exactly this pack. A folder
    /// that is not empty and holds no earlier pack is refused untouched.
    public func write(to folder: String) throws(MatrixFileError) {
        try AuditPack.prepare(folder)
        for sub in [AuditPack.roleFolder, AuditPack.peopleFolder] {
            try AuditPack.makeFolders("\(folder)/\(sub)", reportAs: folder)
        }
        for page in pages {
            try AtomicFile.write(Array(page.html.utf8), to: "\(folder)/\(page.path)")
        }
        let written = Set(pages.map(\.path))
        for sub in [AuditPack.roleFolder, AuditPack.peopleFolder] {
            for name in AuditPack.entries("\(folder)/\(sub)") where name.hasSuffix(".html") && !written.contains("\(sub)/\(name)") {
                unlink("\(folder)/\(sub)/\(name)")
            }
        }
    }

    /// Creates `folder`, or checks that it is empty or an earlier pack.
    static func prepare(_ folder: String) throws(MatrixFileError) {
        var st = stat()
        guard stat(folder, &st) == 0 else { return try makeFolders(folder, reportAs: folder) }
        guard (st.st_mode & S_IFMT) == S_IFDIR else {
            throw .unwritable(file: folder, reason: "it is a file, not a folder")
        }
        let names = entries(folder)
        if names.isEmpty { return }
        let index = (try? FileBytes.read(path: "\(folder)/\(indexName)")).map { String(decoding: $0, as: UTF8.self) }
        guard let index, index.contains(generatorMark) else {
            throw .unwritable(file: folder, reason: "the folder is not empty and holds no audit pack; choose a new or empty folder (nothing was written)")
        }
    }

    /// `mkdir -p`: the folder and any missing parents.
    static func makeFolders(_ path: String, reportAs shown: String) throws(MatrixFileError) {
        var st = stat()
        if stat(path, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFDIR { return }
            throw .unwritable(file: shown, reason: "\(path) is a file, not a folder")
        }
        let parent = AtomicFile.folderOf(path)
        if parent != path && parent != "." && parent != "/" { try makeFolders(parent, reportAs: shown) }
        if mkdir(path, 0o777) != 0 && errno != EEXIST {
            throw .unwritable(file: shown, reason: String(cString: strerror(errno)))
        }
    }

    /// The names in a folder, without `.` and `..`; none when it cannot be read.
    static func entries(_ folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}
