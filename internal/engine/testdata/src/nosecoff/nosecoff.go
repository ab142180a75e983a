package nosecoff

var md5Cache = 1 // #nosec G401 -- not honoured unless asked // want `weak hash \(AC101\)`
