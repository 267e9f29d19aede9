// Package goodsplural holds generic fulfilment verbs (grant, activate,
// ship...) whose goods are named only in the plural (a repository of
// Licenses, a Seats service) or only by a parameter's name (planID):
// still goods. Look-alikes grant roles and activate features in the
// plural too, and must stay out.
package goodsplural

import "net/http"

// Gifts hands out gift cards bought for someone else (the plural of a goods word).
type Gifts interface {
	Grant(account, sku string) error
}

// Vouchers activates gift vouchers.
type Vouchers struct{}

func (*Vouchers) Activate(code string) error { return nil }

// Tenants is an account registry; its methods take the plan by id.
type Tenants struct{}

func (Tenants) Provision(tenant, planID string) error { return nil }

// Look-alikes: permissions, feature flags and preview environments, in
// the plural and with ids that are not goods.
type Permissions interface {
	Grant(user, role string) error
}

type Features struct{}

func (Features) Activate(flagID string) {}

type Previews struct{}

func (Previews) Provision(branches []string, statusID string) error { return nil }

// Labs unlocks the next exercise of a course by its position: an integer
// named for an order (nextStepOrder) is a place in a sequence, no purchase.
type Labs struct{}

func (Labs) ProvisionStep(session string, nextStepOrder int) error { return nil }

// Shipments provisions an order known by its integer id: still goods.
type Shipments struct{}

func (Shipments) Provision(orderID int64) error { return nil }

type app struct {
	gift  Gifts
	vouch *Vouchers
	ten   Tenants
	perms Permissions
	feats Features
	prev  Previews
	labs  Labs
	ship  Shipments
}

func (a *app) serve(w http.ResponseWriter, r *http.Request) { // want `wrapper app.serve fulfillment goodsplural.Gifts.Grant`
	a.gift.Grant("acct", "card-50")  // want `op fulfillment goodsplural.Gifts.Grant$`
	a.vouch.Activate("GIFT-1")       // want `op fulfillment goodsplural.Vouchers.Activate$`
	a.ten.Provision("t", "business") // want `op fulfillment goodsplural.Tenants.Provision$`

	a.perms.Grant("u", "admin")
	a.feats.Activate("beta")
	a.prev.Provision([]string{"main"}, "s")
	a.labs.ProvisionStep("s", 2)
	a.ship.Provision(7) // want `op fulfillment goodsplural.Shipments.Provision$`
}
