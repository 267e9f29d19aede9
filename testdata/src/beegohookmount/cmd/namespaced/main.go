// Command namespaced mounts the callbacks in beego namespaces whose
// before-filters verify: NSBefore in the namespace literal, and
// ns.Filter("before", …) on a namespace held in a variable. Silent.
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
	hooks := web.NewNamespace("/hooks",
		web.NSBefore(signing.VerifyRail),
		web.NSNamespace("/rail",
			web.NSPost("/transfer", cb.Transfer),
		),
	)
	partner := web.NewNamespace("/partner")
	partner.Filter("before", signing.VerifyRail)
	partner.Post("/transfer", cb.Transfer)
	web.AddNamespace(hooks, partner)
	web.Run(":8083")
}
