package fast

import "time"

const checkEvery = 800 * time.Millisecond
