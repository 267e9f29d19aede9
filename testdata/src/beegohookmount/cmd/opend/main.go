// Command opend mounts the transfer callbacks on beego's default
// application with nothing in front of them: on a global route, behind a
// filter that only logs, and behind a verifying filter inserted after
// the handler has run.
package main

import (
	"context"

	"github.com/beego/beego/v2/server/web"

	"beegohookmount/signing"
	"beegohookmount/webhooks"
)

type invoiceStore struct{}

func (invoiceStore) MarkPaid(ctx context.Context, invoiceID, transferID string) error { return nil }
func (invoiceStore) MarkFailed(ctx context.Context, invoiceID string) error           { return nil }

func main() {
	cb := webhooks.New(invoiceStore{})
	web.Post("/hooks/rail", cb.Transfer) // want `payment webhook handler cb.Transfer \(package beegohookmount/webhooks\) mounted on POST /hooks/rail verifies no signature, and no middleware on this route does`

	web.InsertFilter("/callbacks/*", web.BeforeRouter, signing.LogRequest)
	web.Post("/callbacks/rail", cb.Transfer) // want `payment webhook handler cb.Transfer \(package beegohookmount/webhooks\) mounted on POST /callbacks/rail verifies no signature`

	web.InsertFilter("/late/*", web.AfterExec, signing.VerifyRail)
	web.Post("/late/rail", cb.Transfer) // want `payment webhook handler cb.Transfer \(package beegohookmount/webhooks\) mounted on POST /late/rail verifies no signature`

	web.InsertFilter("/signed/*", web.BeforeRouter, signing.VerifyRail)
	ns := web.NewNamespace("/partner", web.NSBefore(signing.LogRequest), web.NSPost("/rail", cb.Transfer)) // want `payment webhook handler cb.Transfer \(package beegohookmount/webhooks\) mounted on POST /partner/rail verifies no signature`
	web.AddNamespace(ns)
	web.Run(":8083")
}
