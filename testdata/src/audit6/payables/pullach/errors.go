package pullach

import "errors"

var errBadSignature = errors.New("pullach: bad webhook signature")
