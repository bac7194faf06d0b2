//! Form fields with their inline error messages, shared by the forms.

use crate::domain::lineup::FormErrors;
use leptos::prelude::*;

/// Whether `field` has a problem, as an `aria-invalid` value.
pub fn invalid(errors: RwSignal<FormErrors>, field: &'static str) -> impl Fn() -> String + Copy {
    move || errors.with(|errors| errors.contains_key(field)).to_string()
}

/// The inline message of `field` of form `form`, if it has a problem; its
/// id is `{form}-{field}-error`, for `aria-describedby`.
#[component]
pub fn FieldError(
    form: &'static str,
    field: &'static str,
    errors: RwSignal<FormErrors>,
) -> impl IntoView {
    move || {
        errors
            .with(|errors| errors.get(field).cloned())
            .map(|message| {
                view! {
                    <span class="field-error" id=format!("{form}-{field}-error")>
                        {message}
                    </span>
                }
            })
    }
}

/// A labelled text input named `{form}-{field}`, bound to `value`.
#[component]
pub fn TextField(
    form: &'static str,
    field: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    errors: RwSignal<FormErrors>,
    #[prop(optional)] maxlength: Option<u32>,
) -> impl IntoView {
    view! {
        <label class="field">
            <span class="field-label">{label}</span>
            <input
                name=format!("{form}-{field}")
                maxlength=maxlength
                aria-invalid=invalid(errors, field)
                aria-describedby=format!("{form}-{field}-error")
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event))
            />
            <FieldError form field errors />
        </label>
    }
}
