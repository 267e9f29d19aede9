// Package genericverbs holds names that start with a fulfilment verb
// (ship, grant, activate, provision, deliver, credit) that is just as
// common outside payments. They count only where the name, the receiver,
// a parameter type or the package names goods.
package genericverbs

import "net/http"

type Deployer struct{}

func (Deployer) ProvisionPreview(branch string) error { return nil }

type Flags struct{}

func (Flags) ActivateFeature(name string) {}

func GrantRole(user, role string) {}

func ActivateAccount(user string) {}

type Order struct{ ID string }

type Warehouse struct{}

func (Warehouse) Ship(o Order) {}

func ActivateSubscription(id string) {}

func GrantPremium(user string) {}

func deliverTo(o *Order, addr string) {}

func handle(w http.ResponseWriter, r *http.Request) { // want `wrapper handle fulfillment`
	// not goods: a preview environment, a feature flag, a role, a login
	Deployer{}.ProvisionPreview("main")
	Flags{}.ActivateFeature("beta")
	GrantRole("u", "admin")
	ActivateAccount("u")

	// goods: named by the receiver, the name, or a parameter's type
	Warehouse{}.Ship(Order{})   // want `op fulfillment genericverbs.Warehouse.Ship$`
	ActivateSubscription("s")   // want `op fulfillment genericverbs.ActivateSubscription$`
	GrantPremium("u")           // want `op fulfillment genericverbs.GrantPremium$`
	deliverTo(&Order{}, "here") // want `op fulfillment genericverbs.deliverTo$`
}
