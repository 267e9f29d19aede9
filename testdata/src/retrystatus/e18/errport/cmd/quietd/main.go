package main

import (
	"context"
	"os"

	"retrystatus/e18/errport/adyencapture"
	"retrystatus/e18/errport/mailer"
	"retrystatus/e18/errport/rental"
)

// The deployment binding the capturer that marks refusals permanent.
func main() {
	closer := rental.NewCloser(adyencapture.NewSorted(os.Getenv("ADYEN_KEY"), "RentalsEU"), mailer.New(os.Getenv("MAIL_URL")))
	_ = closer.Close(context.Background(), os.Args[1], 5000)
}
