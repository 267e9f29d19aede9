package credit

import "time"

const (
	// invoiceTTL is how long a Lightning invoice stays payable.
	invoiceTTL = 60 * time.Minute
	// settlePollEvery is how often a watched invoice is looked up;
	// Lightning payments settle within a second or two.
	settlePollEvery = 500 * time.Millisecond
	// usdcConfirmations is the depth at which a USDC transfer is final
	// enough to grant credit.
	usdcConfirmations = 12
)
