//! "Add a car": a fan-made entry with a crew to build. The form's code is
//! fetched when the panel first opens (or the pointer or focus reaches it).

use super::editor::Editor;
use super::form_field::{FieldError, TextField, invalid};
use super::on_demand::{Built, on_demand, on_demand_part};
use crate::domain::Class;
use crate::domain::lineup::{Edit, EntryForm, FormErrors};
use leptos::prelude::*;

/// The closed "Add a car" panel; its form arrives when it opens.
#[component]
pub fn AddCar() -> impl IntoView {
    let opened = RwSignal::new(false);
    view! {
        <details
            class="add-car"
            on:toggle=move |event| opened.set(event_target::<web_sys::HtmlDetailsElement>(&event).open())
            on:pointerover=|_| prefetch_add_car_form()
            on:focusin=|_| prefetch_add_car_form()
        >
            <summary>"Add a car"</summary>
            {move || opened.get().then(|| on_demand("The form", add_car_form()))}
        </details>
    }
}

on_demand_part! {
    fn add_car_form / __preload_add_car_form + prefetch_add_car_form() -> Built {
        untrack(|| Built::of(view! { <AddCarForm /> }))
    }
}

/// The form: class, number, team, make and car model, checked by the domain.
#[component]
fn AddCarForm() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let class = RwSignal::new(None::<Class>);
    let fields = ["number", "team", "manufacturer", "car"]
        .map(|field| (field, RwSignal::new(String::new())));
    let errors = RwSignal::new(FormErrors::new());
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let value = |name: &str| {
            fields
                .iter()
                .find(|(field, _)| *field == name)
                .map(|(_, text)| text.get())
                .unwrap_or_default()
        };
        let form = EntryForm {
            class: class.get(),
            number: value("number"),
            team: value("team"),
            manufacturer: value("manufacturer"),
            car: value("car"),
        };
        match editor
            .lineup
            .with_untracked(|lineup| form.check(lineup.season()))
        {
            Err(problems) => errors.set(problems),
            Ok(entry) => {
                errors.set(FormErrors::new());
                for (_, text) in fields {
                    text.set(String::new());
                }
                editor.dispatch(Edit::AddEntry { entry });
            }
        }
    };
    let labels = [
        ("number", "Number"),
        ("team", "Team"),
        ("manufacturer", "Make"),
        ("car", "Car model"),
    ];
    let inputs = labels
        .into_iter()
        .zip(fields)
        .map(|((field, label), (_, value))| view! { <TextField form="add-car" field label value errors /> })
        .collect_view();
    let classes = editor
        .rules
        .with_value(|rules| rules.classes.clone())
        .into_iter()
        .map(|class| view! { <option value=class.slug()>{class.to_string()}</option> })
        .collect_view();
    view! {
        <form class="add-car-form" on:submit=submit novalidate>
            <label class="field">
                <span class="field-label">"Class"</span>
                <select
                    name="add-car-class"
                    aria-invalid=invalid(errors, "class")
                    aria-describedby="add-car-class-error"
                    on:change=move |event| class.set(Class::from_slug(&event_target_value(&event)))
                >
                    <option value="">"Choose…"</option>
                    {classes}
                </select>
                <FieldError form="add-car" field="class" errors />
            </label>
            {inputs}
            <button type="submit" class="button">"Add the car"</button>
        </form>
    }
}
