package main

import (
	"context"
	"os"

	"retrystatus/e18/errport/adyencapture"
	"retrystatus/e18/errport/mailer"
	"retrystatus/e18/errport/rental"
)

func main() {
	closer := rental.NewCloser(adyencapture.New(os.Getenv("ADYEN_KEY"), "RentalsEU"), mailer.New(os.Getenv("MAIL_URL"))) // want "rental.Closer retries rental.Capturer.Capture \\(capture.go:35\\) with backoff.RetryNotify \\(line 34\\), its operation returning the method's error as it is; bound here to adyencapture.Client.Capture"
	_ = closer.Close(context.Background(), os.Args[1], 5000)
}
