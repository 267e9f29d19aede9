package iris

// Configurator configures an Application (checked: v12.2.11
// configuration.go).
type Configurator func(*Application)

// Listen serves the application on hostPort (checked: v12.2.11 iris.go).
func (app *Application) Listen(hostPort string, withOrWithout ...Configurator) error { return nil }
