//! The filter bar: class, make and a search box, and how many cars they
//! leave. On a phone the fields fold behind a "Filters" button that counts
//! the active ones.

use super::editor::Editor;
use super::fold::{Fold, FoldToggle};
use crate::domain::wording::count;
use crate::domain::{Class, EntryFilter, class_choices};
use leptos::prelude::*;

/// Controls that narrow the list, and how many cars they leave.
#[component]
pub fn Filters(filter: RwSignal<EntryFilter>, shown: Signal<usize>) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let total = Memo::new(move |_| editor.lineup.with(|lineup| lineup.season().car_count(None)));
    let summary = move || match (shown.get(), total.get()) {
        (shown, all) if shown == all => count(all, "car", "cars"),
        (shown, all) => format!("Showing {shown} of {}", count(all, "car", "cars")),
    };
    let fold = Fold::new();
    view! {
        <div class="filter-panel">
            <div class="filter-bar">
                <FoldToggle
                    fold
                    controls="filters"
                    label="Filters"
                    count=Signal::derive(move || filter.read().active_count())
                />
                <p class="shown-count" aria-live="polite">
                    {summary}
                </p>
            </div>
            <form
                class="filters fold-body"
                id="filters"
                role="search"
                data-open=fold.data_open()
                on:submit=|event| event.prevent_default()
            >
                <ClassAndMake filter />
                <label class="field field-search">
                    <span class="field-label">"Search"</span>
                    <input
                        type="search"
                        name="search"
                        placeholder="Driver, team or car number"
                        autocomplete="off"
                        prop:value=move || filter.read().query.clone()
                        on:input=move |event| {
                            filter.update(|filter| filter.query = event_target_value(&event))
                        }
                    />
                </label>
                <button
                    type="button"
                    class="button button-quiet clear-filters"
                    disabled=move || !filter.read().is_active()
                    on:click=move |_| filter.set(EntryFilter::default())
                >
                    "Clear filters"
                </button>
            </form>
        </div>
    }
}

/// The class and make selects; the makes offered are those of the class.
#[component]
fn ClassAndMake(filter: RwSignal<EntryFilter>) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let makes_of = move |class: Option<Class>| {
        editor.lineup.with(|lineup| {
            lineup
                .season()
                .makes(class)
                .into_iter()
                .map(String::from)
                .collect::<Vec<String>>()
        })
    };
    let makes = Memo::new(move |_| makes_of(filter.read().class));
    let on_class = move |event| {
        filter.update(|filter| {
            filter.choose_class(&event_target_value(&event));
            let class = filter.class;
            // A make that the new class lacks would only empty the list.
            if filter
                .make
                .as_deref()
                .is_some_and(|make| !makes_of(class).iter().any(|known| known == make))
            {
                filter.make = None;
            }
        });
    };
    let on_make = move |event| {
        let make = event_target_value(&event);
        filter.update(|filter| filter.make = (!make.is_empty()).then_some(make));
    };
    let choices = editor.rules.with_value(class_choices);
    let class_options = choices
        .into_iter()
        .map(|(value, label)| {
            let chosen = value.clone();
            view! {
                <option value=value selected=move || filter.read().class_choice() == chosen>
                    {label}
                </option>
            }
        })
        .collect_view();
    let make_options = move || {
        makes
            .get()
            .into_iter()
            .map(|make| {
                let selected = filter.read().make.as_deref() == Some(make.as_str());
                view! {
                    <option value=make.clone() selected=selected>
                        {make.clone()}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <label class="field">
            <span class="field-label">"Class"</span>
            <select name="class" on:change=on_class>
                <option value="" selected=move || filter.read().class.is_none()>
                    "All classes"
                </option>
                {class_options}
            </select>
        </label>
        <label class="field">
            <span class="field-label">"Make"</span>
            <select name="make" on:change=on_make>
                <option value="" selected=move || filter.read().make.is_none()>
                    "All makes"
                </option>
                {make_options}
            </select>
        </label>
    }
}
