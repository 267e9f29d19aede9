package molliepay

import "time"

const (
	// kioskPollEvery is how often a kiosk checks whether the QR payment
	// shown on its screen went through.
	kioskPollEvery = 1500 * time.Millisecond
	// kioskPolls bounds one QR code's life on screen.
	kioskPolls = 60
	// kioskQRCodes is how many QR codes a kiosk shows before it gives up.
	kioskQRCodes = 3
)
