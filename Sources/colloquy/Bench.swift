enum Bench {
    static func run(megabytes: Int) -> Int32 { 0 }
}
