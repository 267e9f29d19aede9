package labels

import "time"

var nowNano = func() int64 { return time.Now().UnixNano() }
