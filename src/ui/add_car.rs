//! "Add a car": a fan-made entry with a crew to build, in a modal dialog.
//! The form's code is fetched when the dialog first opens (or the pointer
//! or focus reaches its button).

use super::dialog::{focus_when_drawn, on_cancel, show_when_drawn};
use super::editor::Editor;
use super::form_field::{FieldError, TextField, invalid};
use super::on_demand::{Built, on_demand, on_demand_part};
use crate::domain::lineup::{Edit, EntryForm, FormErrors};
use crate::domain::{CarNumber, Class};
use leptos::prelude::*;

/// The "Add a car" button; its dialog and form arrive when it opens.
#[component]
pub fn AddCar() -> impl IntoView {
    let opened = RwSignal::new(false);
    view! {
        <div class="add-car">
            <button
                type="button"
                class="button add-car-open"
                on:click=move |_| opened.set(true)
                on:pointerover=|_| prefetch_add_car_dialog()
                on:focusin=|_| prefetch_add_car_dialog()
            >
                "Add a car"
            </button>
            {move || opened.get().then(|| on_demand("The form", add_car_dialog(opened)))}
        </div>
    }
}

on_demand_part! {
    fn add_car_dialog / __preload_add_car_dialog + prefetch_add_car_dialog(opened: RwSignal<bool>) -> Built {
        untrack(|| Built::of(view! { <AddCarDialog opened /> }))
    }
}

/// Closes the dialog and puts the focus on the car just added, or back on
/// "Add a car".
fn close(opened: RwSignal<bool>, added: Option<&CarNumber>) {
    opened.set(false);
    focus_when_drawn(match added {
        Some(car) => format!("[data-car='{car}'] [data-seat='0'] .seat-button"),
        None => ".add-car-open".to_string(),
    });
}

/// The dialog: its title, "Close", and the form.
#[component]
fn AddCarDialog(opened: RwSignal<bool>) -> impl IntoView {
    let dismiss = Callback::new(move |()| close(opened, None));
    let dialog = NodeRef::new();
    show_when_drawn(dialog);
    view! {
        <dialog
            class="picker add-car-dialog"
            aria-labelledby="add-car-title"
            tabindex="-1"
            node_ref=dialog
            on:cancel=on_cancel(dismiss)
        >
            <header class="picker-head">
                <h2 id="add-car-title">"Add a car"</h2>
                <button type="button" class="button button-quiet" on:click=move |_| dismiss.run(())>
                    "Close"
                </button>
            </header>
            <AddCarForm opened />
        </dialog>
    }
}

/// The form: class, number, team, make and car model, checked by the domain.
#[component]
fn AddCarForm(opened: RwSignal<bool>) -> impl IntoView {
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
                let added = entry.number.clone();
                editor.dispatch(Edit::AddEntry { entry });
                close(opened, Some(&added));
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
            <button type="submit" class="button">
                "Add the car"
            </button>
        </form>
    }
}
