// Package tenants is a hosting control panel's sign-up form (fiber): the
// visitor posts the form with a captcha answer, and a virtual machine is
// provisioned for the new tenant on the plan picked in the form, through
// the cloud's API, before the page answers. The captcha check "verifies"
// a visitor, not a provider's delivery.
package tenants

import (
	"context"
	"net/http"
	"net/url"

	"github.com/gofiber/fiber/v2"
)

// Captcha checks a visitor's captcha answer; main wires the vendor.
type Captcha interface {
	Verify(ctx context.Context, response string) (bool, error)
}

// Cloud provisions virtual machines.
type Cloud struct {
	api string
}

// ProvisionTenant starts the tenant's machine sized for its plan.
func (cl *Cloud) ProvisionTenant(ctx context.Context, tenant, plan string) error {
	resp, err := http.PostForm(cl.api+"/machines", url.Values{"name": {tenant}, "size": {plan}})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Panel is the control panel's sign-up.
type Panel struct {
	captcha Captcha
	cloud   *Cloud
}

// Mount registers the form's target.
func (p *Panel) Mount(app *fiber.App) {
	app.Post("/tenants", p.CreateTenant)
}

// CreateTenant checks the captcha, then provisions the tenant's machine.
func (p *Panel) CreateTenant(c *fiber.Ctx) error {
	ok, err := p.captcha.Verify(context.Background(), c.FormValue("captcha_token"))
	if err != nil || !ok {
		return c.SendStatus(http.StatusBadRequest)
	}
	if err := p.cloud.ProvisionTenant(context.Background(), c.FormValue("name"), c.FormValue("plan")); err != nil {
		return c.SendStatus(http.StatusBadGateway)
	}
	return c.Redirect("/tenants/ready")
}
