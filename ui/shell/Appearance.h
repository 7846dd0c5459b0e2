#pragma once
// Light or dark colours, or whatever the desktop gives. Qt 6.4 cannot ask the desktop for its
// colour scheme, so an officer who works in a dark room chooses Dark here (View ▸ Appearance, or
// `conduct --appearance dark`); the choice is remembered.

#include <QString>
#include <optional>

namespace conduct {

enum class Appearance { System, Light, Dark };

QString appearanceCode(Appearance appearance);                          // "system", "light", "dark"
std::optional<Appearance> appearanceFromCode(const QString& code);
Appearance savedAppearance();
void saveAppearance(Appearance appearance);
// Applies to the whole application at once, open windows included.
void applyAppearance(Appearance appearance);

} // namespace conduct
