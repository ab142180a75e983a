package nosec

var md5Cache = 1 // #nosec G401 -- MD5 of a file name is a cache key

// #nosec G505 -- reviewed: SHA-1 of a legacy import
var md5Legacy = 2

var md5Bare = 3 // #nosec // want `weak hash \(AC101\)`

var md5OtherRule = 4 // #nosec G404 -- a gosec rule that maps to other authcheck rules // want `weak hash \(AC101\)`

var md5Unknown = 5 //#nosec G999 // want `weak hash \(AC101\)`

var md5Plain = 6 // want `weak hash \(AC101\)`
